package nl.k80.wendbaar.sso;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a provider's user in Camunda's user records, at every login: id, name and e-mail address
 * (where K80's mails go) from the token, and membership of the K80 groups the mapping manages
 * exactly as the token says, so a leaver loses access at the next login and nobody waits for an
 * administrator. Such a user gets a random password nobody knows: the local login is off with SSO.
 */
@Component
class AccountSync {

  private static final Logger LOG = LoggerFactory.getLogger(AccountSync.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;

  AccountSync(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** What the token says of a person. */
  record Person(String id, String firstName, String lastName, String email) {}

  void sync(Person person, Set<String> groups, Set<String> managed) {
    User user = identityService.createUserQuery().userId(person.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(person.id());
      user.setPassword(unguessable());
    }
    if (created || changed(user, person)) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identityService.saveUser(user);
    }
    Set<String> current = Set.copyOf(identityService.createGroupQuery().groupMember(person.id()).list().stream()
        .map(Group::getId).toList());
    for (String group : managed) {
      if (groups.contains(group) && !current.contains(group)) {
        identityService.createMembership(person.id(), group);
      } else if (!groups.contains(group) && current.contains(group)) {
        identityService.deleteMembership(person.id(), group);
      }
    }
    LOG.info("Logged in through the provider: user={} groups={}{}", person.id(), groups, created ? " (new)" : "");
  }

  private static boolean changed(User user, Person person) {
    return !same(user.getFirstName(), person.firstName()) || !same(user.getLastName(), person.lastName())
        || !same(user.getEmail(), person.email());
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** Meets the password policy (length, cases, digit, special character) and is never shown to anyone. */
  private static String unguessable() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
  }
}
