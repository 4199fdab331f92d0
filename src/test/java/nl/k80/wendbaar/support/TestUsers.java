package nl.k80.wendbaar.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users a test adds beside the demo users, with a password that meets the password policy. */
public final class TestUsers {

  public static final String PASSWORD = "Sterk-Wachtw00rd!";

  /** Creates the user (e-mail id@k80.example) in the given groups. */
  public static void create(IdentityService identityService, String id, String... groups) {
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setEmail(id + "@k80.example");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }

  private TestUsers() {}
}
