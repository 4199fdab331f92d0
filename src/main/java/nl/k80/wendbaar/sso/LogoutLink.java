package nl.k80.wendbaar.sso;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the webapps' "Afmelden" (static/k80/sso-logout.js) where logging out ends the provider's
 * session too; without SSO there is no such place (null) and Camunda's own logout stays. A record,
 * not a map: a map with a null value failed (500) wherever kotlinx-serialization is on the class
 * path (the tests' OIDC provider brings it), which Spring then prefers for maps.
 */
@RestController
class LogoutLink {

  private final OidcProperties properties;

  LogoutLink(OidcProperties properties) {
    this.properties = properties;
  }

  record Link(String logoutUrl) {}

  @GetMapping("/k80/sso")
  Link logout() {
    return new Link(properties.isEnabled() ? SingleSignOn.LOGOUT : null);
  }
}
