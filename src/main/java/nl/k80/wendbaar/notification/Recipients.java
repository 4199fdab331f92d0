package nl.k80.wendbaar.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who receives a mail: the e-mail addresses of users and of every member of groups, as Admin (or
 * the directory) has them. Members without an address are skipped, and so are those whose address
 * is not one address (a typo in Admin, an odd claim from the provider): the mail goes to the others,
 * where one such address would otherwise fail every try of the whole mail. Called inside engine
 * commands.
 */
@Component
public class Recipients {

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identityService;

  public Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Set<String> ofGroups(Collection<String> groups) {
    return Context.getCommandContext().runWithoutAuthorization(() -> addresses(groups.stream()
        .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream()).toList()));
  }

  public Set<String> ofUser(String userId) {
    if (userId == null) {
      return Set.of();
    }
    User user = Context.getCommandContext().runWithoutAuthorization(() ->
        identityService.createUserQuery().userId(userId).singleResult());
    return addresses(user == null ? List.of() : List.of(user));
  }

  private static Set<String> addresses(Collection<User> users) {
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : users) {
      if (user.getEmail() != null && !user.getEmail().isBlank()) {
        if (isOneAddress(user.getEmail())) {
          addresses.add(user.getEmail());
        } else {
          // Not the address itself: it may carry a line break.
          LOG.warn("No mail to user {}: the e-mail address in their account is not one address", user.getId());
        }
      }
    }
    return addresses;
  }

  private static boolean isOneAddress(String email) {
    try {
      new InternetAddress(email, true);
      return true;
    } catch (AddressException notOne) {
      return false;
    }
  }
}
