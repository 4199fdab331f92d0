package nl.k80.wendbaar.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Coverage;
import nl.k80.wendbaar.topic.Impact;
import nl.k80.wendbaar.topic.Reach;
import nl.k80.wendbaar.topic.Theme;

/**
 * Every combination of inputs the afwegingskader can meet: each theme, impact, reach and coverage,
 * weeks to the deadline 0..27 and none, and active topics in the portfolio 0..maximum+1, with the
 * maximum as configured. A combination is one point of a six-dimensional grid; its index orders the
 * points so that tables over the space are plain arrays.
 */
final class InputSpace {

  static final int MAX_WEEKS = 27;

  /**
   * One axis of the grid: its Dutch name, its values (null is "no deadline") and their Dutch labels;
   * an axis without labels holds numbers, in order.
   */
  record Dimension(String label, List<Object> values, Function<Object, String> labelOf) {
    boolean ordered() {
      return labelOf == null;
    }

    static <T extends Enum<T> & Choice> Dimension of(String label, Class<T> type) {
      return new Dimension(label, List.copyOf(Choice.codes(type)), code -> Choice.label(type, code));
    }
  }

  private final int maxActiveTopics;
  private final List<Dimension> dimensions;
  private final int size;

  InputSpace(int maxActiveTopics) {
    this.maxActiveTopics = maxActiveTopics;
    List<Object> weeks = new ArrayList<>();
    for (int week = 0; week <= MAX_WEEKS; week++) {
      weeks.add(week);
    }
    weeks.add(null);
    List<Object> active = new ArrayList<>();
    for (int count = 0; count <= maxActiveTopics + 1; count++) {
      active.add(count);
    }
    dimensions = List.of(
        Dimension.of("Thema", Theme.class),
        Dimension.of("Raakt kleine gemeenten", Impact.class),
        Dimension.of("Leden geraakt", Reach.class),
        Dimension.of("Elders opgepakt", Coverage.class),
        new Dimension("Weken tot de deadline", Collections.unmodifiableList(weeks), null),
        new Dimension("Lopende thema's in de portefeuille", List.copyOf(active), null));
    size = dimensions.stream().mapToInt(dimension -> dimension.values().size()).reduce(1, (a, b) -> a * b);
  }

  List<Dimension> dimensions() {
    return dimensions;
  }

  int size() {
    return size;
  }

  /** The value positions of a point, one per dimension. */
  int[] coordinates(int index) {
    int[] coordinates = new int[dimensions.size()];
    for (int d = dimensions.size() - 1; d >= 0; d--) {
      int length = dimensions.get(d).values().size();
      coordinates[d] = index % length;
      index /= length;
    }
    return coordinates;
  }

  int index(int[] coordinates) {
    int index = 0;
    for (int d = 0; d < dimensions.size(); d++) {
      index = index * dimensions.get(d).values().size() + coordinates[d];
    }
    return index;
  }

  Inputs inputs(int index) {
    int[] at = coordinates(index);
    return new Inputs((String) value(0, at), (String) value(1, at), (String) value(2, at), (String) value(3, at),
        (Integer) value(4, at), (Integer) value(5, at), maxActiveTopics);
  }

  private Object value(int dimension, int[] at) {
    return dimensions.get(dimension).values().get(at[dimension]);
  }
}
