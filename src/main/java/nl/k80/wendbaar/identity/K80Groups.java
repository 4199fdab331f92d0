package nl.k80.wendbaar.identity;

import java.util.List;
import java.util.stream.Stream;

/** The Camunda groups of the contract. Who sits in them is data, managed in Camunda Admin. */
public final class K80Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String OFFICIALS = "ambtenaren";
  public static final String SECRETARIAT = "secretariaat";
  public static final String BOARD = "dagelijks-bestuur";

  /** One group per agenda theme: the portfolio holder and the official lead of that theme. */
  public static final List<Group> PORTFOLIOS = List.of(
      new Group("portefeuille-nabijheid", "Portefeuille Nabijheid"),
      new Group("portefeuille-vitale-kernen", "Portefeuille Vitale kernen"),
      new Group("portefeuille-wonen", "Portefeuille Wonen"),
      new Group("portefeuille-sociaal-domein", "Portefeuille Sociaal domein"),
      new Group("portefeuille-landelijk-gebied", "Portefeuille Landelijk gebied"),
      new Group("portefeuille-financien", "Portefeuille Financiën"),
      new Group("portefeuille-werkgeverschap", "Portefeuille Werkgeverschap"));

  public static final List<Group> ROLES = List.of(
      new Group(ADMIN, "Beheerders"),
      new Group(OFFICIALS, "Ambtenaren van leden"),
      new Group(SECRETARIAT, "Secretariaat K80"),
      new Group(BOARD, "Dagelijks Bestuur"));

  public static List<Group> all() {
    return Stream.concat(ROLES.stream(), PORTFOLIOS.stream()).toList();
  }

  public static List<String> portfolioIds() {
    return PORTFOLIOS.stream().map(Group::id).toList();
  }

  public record Group(String id, String name) {}

  private K80Groups() {}
}
