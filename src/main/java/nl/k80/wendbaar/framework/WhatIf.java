package nl.k80.wendbaar.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.Theme;

/**
 * What a candidate would change, as the board reads it before approving: over the whole input space,
 * the regions where the decision changes, from what to what, and per theme the portfolio that would
 * carry its topics instead; over every topic assessed so far, the old and the new decision, counted
 * per decision, and the topics that would go elsewhere.
 *
 * A region is a block of the input space (a set of values per input, the rest "any") where every
 * combination changes alike. The relevance score of the version in force is one of its inputs: a
 * changed threshold then reads as "score 7" instead of the dozens of blocks that add up to 7.
 */
record WhatIf(int combinations, int changedCombinations, List<Region> regions, int omittedRegions,
    int assessedTopics, int changedTopics, Map<String, Integer> before, Map<String, Integer> after,
    List<TopicChange> changes, Map<String, String> decisionLabels, int reroutedCombinations,
    List<Rerouting> reroutings) {

  /** Regions beyond this many are counted, not listed: a candidate that changes that much is read another way. */
  static final int MAX_REGIONS = 100;

  record Region(String from, String to, int combinations, List<Condition> conditions) {}

  record Condition(String input, String values) {}

  record TopicChange(String reference, String title, String from, String to, int assessedByVersion) {}

  /** Topics of a theme that the version in force sends to one portfolio and the candidate to another, in Dutch. */
  record Rerouting(String theme, String from, String to, int combinations) {}

  static WhatIf compare(Framework inForce, Framework candidate, InputSpace space, List<PastAssessment> past) {
    Space changes = new Space(space, inForce, candidate);
    List<Region> regions = changes.regions();

    Map<String, Integer> before = countsPerDecision();
    Map<String, Integer> after = countsPerDecision();
    List<TopicChange> changed = new ArrayList<>();
    for (PastAssessment topic : past) {
      String now = candidate.evaluate(topic.inputs()).decision();
      before.merge(Objects.toString(topic.decision(), "ONBEKEND"), 1, Integer::sum);
      after.merge(Objects.toString(now, "ONBEKEND"), 1, Integer::sum);
      if (!Objects.equals(now, topic.decision())) {
        changed.add(new TopicChange(topic.reference(), topic.title(), topic.decision(), now, topic.version()));
      }
    }
    changed.sort((a, b) -> b.reference().compareTo(a.reference()));
    List<Rerouting> reroutings = changes.reroutings();
    return new WhatIf(space.size(), changes.changedCount, regions.subList(0, Math.min(MAX_REGIONS, regions.size())),
        Math.max(0, regions.size() - MAX_REGIONS), past.size(), changed.size(), before, after, changed,
        Choice.labels(Decision.class), reroutings.stream().mapToInt(Rerouting::combinations).sum(), reroutings);
  }

  private static Map<String, Integer> countsPerDecision() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Choice.codes(Decision.class).forEach(code -> counts.put(code, 0));
    return counts;
  }

  /** The input space with each combination's change, and the greedy cover of the changes by regions. */
  private static final class Space {
    private final InputSpace space;
    private final int dimensions;
    private final int[] score;
    private final String[] change;
    private final int maxScore;
    private int changedCount;
    private final Map<List<String>, Integer> reroutedByTheme = new LinkedHashMap<>();

    Space(InputSpace space, Framework inForce, Framework candidate) {
      this.space = space;
      this.dimensions = space.dimensions().size();
      this.score = new int[space.size()];
      this.change = new String[space.size()];
      int highest = 0;
      for (int index = 0; index < space.size(); index++) {
        Inputs inputs = space.inputs(index);
        Framework.Outcome old = inForce.evaluate(inputs);
        Framework.Outcome now = candidate.evaluate(inputs);
        score[index] = old.relevanceScore() == null ? 0 : old.relevanceScore();
        highest = Math.max(highest, score[index]);
        if (!Objects.equals(old.decision(), now.decision())) {
          change[index] = old.decision() + ">" + now.decision();
          changedCount++;
        }
        if (!Objects.equals(old.portfolioGroup(), now.portfolioGroup())) {
          reroutedByTheme.merge(List.of(inputs.theme(), Objects.toString(old.portfolioGroup(), ""),
              Objects.toString(now.portfolioGroup(), "")), 1, Integer::sum);
        }
      }
      this.maxScore = highest;
    }

    List<Rerouting> reroutings() {
      return reroutedByTheme.entrySet().stream().map(rerouting -> new Rerouting(
          Choice.label(Theme.class, rerouting.getKey().get(0)), Theme.portfolioName(rerouting.getKey().get(1)),
          Theme.portfolioName(rerouting.getKey().get(2)), rerouting.getValue())).toList();
    }

    List<Region> regions() {
      List<Region> regions = new ArrayList<>();
      boolean[] covered = new boolean[space.size()];
      for (int start = 0; start < space.size(); start++) {
        if (change[start] == null || covered[start]) {
          continue;
        }
        boolean[][] block = grow(start);
        int[] count = {0};
        forEachPoint(block, index -> {
          covered[index] = true;
          count[0]++;
          return true;
        });
        String[] fromTo = change[start].split(">");
        regions.add(new Region(fromTo[0], fromTo[1], count[0], conditions(block)));
      }
      return regions;
    }

    /**
     * The block around one changed combination, grown one value at a time, input after input and the
     * score last, while every combination in it changes alike. Values no combination of the block
     * has are taken in for the inputs (a theme that cannot reach the score leaves "any theme"), not
     * for the score itself.
     */
    private boolean[][] grow(int start) {
      int[] at = space.coordinates(start);
      boolean[][] block = new boolean[dimensions + 1][];
      for (int d = 0; d < dimensions; d++) {
        block[d] = new boolean[space.dimensions().get(d).values().size()];
        block[d][at[d]] = true;
      }
      block[dimensions] = new boolean[maxScore + 1];
      block[dimensions][score[start]] = true;
      String kind = change[start];
      for (int d = 0; d <= dimensions; d++) {
        for (int value = 0; value < block[d].length; value++) {
          if (!block[d][value]) {
            block[d][value] = true;
            boolean alike = forEachPoint(block, index -> kind.equals(change[index]));
            if (!alike || (d == dimensions && !reaches(block, value))) {
              block[d][value] = false;
            }
          }
        }
      }
      return block;
    }

    /** Whether some combination of the block has this score: a score nothing reaches would only add noise. */
    private boolean reaches(boolean[][] block, int value) {
      return !forEachPoint(block, index -> score[index] != value);
    }

    /** Visits every combination of the block (its score included) until the visitor says stop. */
    private boolean forEachPoint(boolean[][] block, IntPredicate visitor) {
      return visit(block, 0, new int[dimensions], visitor);
    }

    private boolean visit(boolean[][] block, int d, int[] at, IntPredicate visitor) {
      if (d == dimensions) {
        int index = space.index(at);
        return !block[dimensions][score[index]] || visitor.test(index);
      }
      for (int value = 0; value < block[d].length; value++) {
        if (block[d][value]) {
          at[d] = value;
          if (!visit(block, d + 1, at, visitor)) {
            return false;
          }
        }
      }
      return true;
    }

    private List<Condition> conditions(boolean[][] block) {
      List<Condition> conditions = new ArrayList<>();
      for (int d = 0; d < dimensions; d++) {
        InputSpace.Dimension dimension = space.dimensions().get(d);
        if (!all(block[d])) {
          conditions.add(new Condition(dimension.label(), dimension.ordered()
              ? ranges(block[d], dimension.values()) : labels(block[d], dimension)));
        }
      }
      if (!all(block[dimensions])) {
        List<Object> scores = new ArrayList<>();
        for (int s = 0; s <= maxScore; s++) {
          scores.add(s);
        }
        conditions.add(new Condition("Relevantiescore (huidige versie)", ranges(block[dimensions], scores)));
      }
      return conditions;
    }

    private static boolean all(boolean[] values) {
      for (boolean value : values) {
        if (!value) {
          return false;
        }
      }
      return true;
    }

    /** "0-4, 9, geen deadline": runs of consecutive numbers as ranges. */
    private static String ranges(boolean[] chosen, List<Object> values) {
      List<String> parts = new ArrayList<>();
      int i = 0;
      while (i < chosen.length) {
        if (!chosen[i]) {
          i++;
          continue;
        }
        if (values.get(i) == null) {
          parts.add("geen deadline");
          i++;
          continue;
        }
        int end = i;
        while (end + 1 < chosen.length && chosen[end + 1] && values.get(end + 1) != null) {
          end++;
        }
        parts.add(end == i ? values.get(i).toString() : values.get(i) + "–" + values.get(end));
        i = end + 1;
      }
      return String.join(", ", parts);
    }

    private static String labels(boolean[] chosen, InputSpace.Dimension dimension) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i]) {
          labels.add(dimension.labelOf().apply(dimension.values().get(i)));
        }
      }
      return String.join(" of ", labels);
    }
  }
}
