package nl.k80.wendbaar.identity;

import java.util.ArrayList;
import java.util.List;

/** The demo profile's users (password = user id). No other profile creates them. */
final class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  static final List<DemoUser> ALL = build();

  private static List<DemoUser> build() {
    List<DemoUser> users = new ArrayList<>(List.of(
        new DemoUser("admin", "Beheerder", "K80", List.of(K80Groups.ADMIN)),
        new DemoUser("ambtenaar", "Anna", "Ambtenaar", List.of(K80Groups.OFFICIALS)),
        new DemoUser("secretaris", "Sam", "Secretaris", List.of(K80Groups.SECRETARIAT)),
        new DemoUser("voorzitter", "Vera", "Voorzitter", List.of(K80Groups.BOARD))));
    for (K80Groups.Group portfolio : K80Groups.PORTFOLIOS) {
      String theme = portfolio.id().substring("portefeuille-".length());
      users.add(new DemoUser("ph-" + theme, "Portefeuillehouder", portfolio.name().substring("Portefeuille ".length()),
          List.of(portfolio.id(), K80Groups.BOARD)));
    }
    return List.copyOf(users);
  }

  private DemoUsers() {}
}
