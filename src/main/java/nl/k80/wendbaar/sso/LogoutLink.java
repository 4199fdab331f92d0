package nl.k80.wendbaar.sso;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the webapps' "Afmelden" (static/k80/sso-logout.js) where logging out ends the provider's
 * session too; without SSO there is no such place (null) and Camunda's own logout stays.
 */
@RestController
class LogoutLink {

  private final OidcProperties properties;

  LogoutLink(OidcProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/k80/sso")
  Map<String, String> logout() {
    Map<String, String> link = new HashMap<>();
    link.put("logoutUrl", properties.isEnabled() ? SingleSignOn.LOGOUT : null);
    return link;
  }
}
