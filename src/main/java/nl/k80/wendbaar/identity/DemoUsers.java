package nl.k80.wendbaar.identity;

import java.util.ArrayList;
import java.util.List;
import nl.k80.wendbaar.topic.Theme;

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
    for (Theme theme : Theme.agenda()) {
      users.add(new DemoUser("ph-" + theme.portfolioGroup().substring("portefeuille-".length()), "Portefeuillehouder",
          theme.label(), List.of(theme.portfolioGroup(), K80Groups.BOARD)));
    }
    return List.copyOf(users);
  }

  private DemoUsers() {}
}
