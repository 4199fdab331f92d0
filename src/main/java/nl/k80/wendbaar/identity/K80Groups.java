package nl.k80.wendbaar.identity;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import nl.k80.wendbaar.topic.Board;
import nl.k80.wendbaar.topic.Secretariat;
import nl.k80.wendbaar.topic.Theme;

/**
 * The Camunda groups of the contract, and who among them reads what: the one place that says so
 * for the authorizations, the board dashboard, the topics API and the expression guard. Who sits in
 * the groups is data, managed in Camunda Admin.
 */
public final class K80Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String OFFICIALS = "ambtenaren";
  public static final String SECRETARIAT = Secretariat.GROUP;
  public static final String BOARD = Board.GROUP;

  /** One group per agenda theme: the portfolio holder and the official lead of that theme. */
  public static final List<Group> PORTFOLIOS = Theme.agenda().stream()
      .map(theme -> new Group(theme.portfolioGroup(), theme.portfolioName())).toList();

  public static final List<Group> ROLES = List.of(
      new Group(ADMIN, "Beheerders"),
      new Group(OFFICIALS, "Ambtenaren van leden"),
      new Group(SECRETARIAT, Secretariat.NAME),
      new Group(BOARD, Board.NAME));

  /** The roles that read every topic and its history (Cockpit): the secretariat and the board. */
  public static final List<String> READERS = List.of(SECRETARIAT, BOARD);

  public static List<Group> all() {
    return Stream.concat(ROLES.stream(), PORTFOLIOS.stream()).toList();
  }

  public static List<String> portfolioIds() {
    return PORTFOLIOS.stream().map(Group::id).toList();
  }

  public static boolean isAdministrator(Collection<String> groupIds) {
    return groupIds != null && groupIds.contains(ADMIN);
  }

  /** Readers and administrators: who may see everything about every topic. */
  public static boolean readsAllTopics(Collection<String> groupIds) {
    return isAdministrator(groupIds) || (groupIds != null && groupIds.stream().anyMatch(READERS::contains));
  }

  public record Group(String id, String name) {}

  private K80Groups() {}
}
