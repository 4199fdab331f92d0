package nl.k80.wendbaar.sso;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a provider's user in Camunda's user records, at every login and with every new access
 * token: id, name and e-mail address (where K80's mails go) from the token, and membership of the
 * K80 groups the mapping manages exactly as the token says, so a leaver loses access at the next
 * login and nobody waits for an administrator. A name or address the token does not carry stays as
 * recorded (an access token often carries fewer claims than the login's). Nobody is recorded anew
 * without a K80 group. A new user gets a random password nobody knows: the local login is off with SSO.
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
    if (created && groups.isEmpty()) {
      return;
    }
    if (created) {
      user = identityService.newUser(person.id());
      user.setPassword(unguessable());
    }
    // "|", not "||": every field is taken over.
    boolean changed = takeOver(person.firstName(), user.getFirstName(), user::setFirstName)
        | takeOver(person.lastName(), user.getLastName(), user::setLastName)
        | takeOver(person.email(), user.getEmail(), user::setEmail);
    if (created || changed) {
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
    LOG.info("Account kept as the provider's token says: user={} groups={}{}", person.id(), groups,
        created ? " (new)" : "");
  }

  /** Sets the token's value where it carries one that differs from the record's; says whether it did. */
  private static boolean takeOver(String fromToken, String recorded, Consumer<String> setter) {
    if (fromToken == null || fromToken.equals(recorded)) {
      return false;
    }
    setter.accept(fromToken);
    return true;
  }

  /** Meets the password policy (length, cases, digit, special character) and is never shown to anyone. */
  private static String unguessable() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
  }
}
