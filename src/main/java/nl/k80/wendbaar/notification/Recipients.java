package nl.k80.wendbaar.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who receives a mail: the e-mail addresses of users and of every member of groups, as Admin (or
 * the directory) has them. Members without an address are skipped. Called inside engine commands.
 */
@Component
public class Recipients {

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
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }
}
