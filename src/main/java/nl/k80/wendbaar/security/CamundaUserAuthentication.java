package nl.k80.wendbaar.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for the parts Spring Security guards (health details, the topics API), against
 * Camunda's own users, the same check as the engine REST API; each Camunda group becomes the role
 * "ROLE_<group id>".
 */
@Component
class CamundaUserAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaUserAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String user = request.getName();
    Object password = request.getCredentials();
    if (!(password instanceof String text) || !identityService.checkPassword(user, text)) {
      throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        roles(identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList()));
  }

  /** Camunda groups as Spring Security roles: "ROLE_<group id>". */
  static List<SimpleGrantedAuthority> roles(Collection<String> groupIds) {
    return groupIds == null ? List.of()
        : groupIds.stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
