package nl.k80.wendbaar.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login with the municipality's own account through an OpenID Connect provider (Keycloak, Entra ID,
 * ...). Off while issuerUri is empty, as on the embedded default. Defaults in application.yaml; the
 * environment sets them as K80_OIDC_ISSUER_URI, K80_OIDC_CLIENT_ID and so on.
 */
@ConfigurationProperties("k80.oidc")
public class OidcProperties {

  private String issuerUri;
  private String clientId;
  private String clientSecret;
  /**
   * The claim that carries the user id (Camunda's user id): one users cannot change themselves
   * (Keycloak: "preferred_username"; Entra ID: "upn", never "email"), see the README.
   */
  private String userIdClaim;
  /** The claim that carries the user's groups (Keycloak: "groups"; Entra ID: "groups" or "roles"). */
  private String groupsClaim;
  /** The audience an access token for the REST API must carry; empty: the client id. */
  private String audience;
  /**
   * Provider group to K80 group, "provider=k80" separated by commas, e.g.
   * "/k80/secretariaat=secretariaat, 0b6f...=dagelijks-bestuur". Empty: each K80 group by its own id
   * (or Keycloak's path "/id").
   */
  private String groupMapping;
  /** Whether a provider group may make somebody an administrator (camunda-admin). Off unless set. */
  private boolean administratorsFromProvider;

  public boolean isEnabled() {
    return issuerUri != null && !issuerUri.isBlank();
  }

  public String effectiveAudience() {
    return audience == null || audience.isBlank() ? clientId : audience;
  }

  public String getIssuerUri() {
    return issuerUri;
  }

  public void setIssuerUri(String issuerUri) {
    this.issuerUri = issuerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getUserIdClaim() {
    return userIdClaim;
  }

  public void setUserIdClaim(String userIdClaim) {
    this.userIdClaim = userIdClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public void setGroupsClaim(String groupsClaim) {
    this.groupsClaim = groupsClaim;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getGroupMapping() {
    return groupMapping;
  }

  public void setGroupMapping(String groupMapping) {
    this.groupMapping = groupMapping;
  }

  public boolean isAdministratorsFromProvider() {
    return administratorsFromProvider;
  }

  public void setAdministratorsFromProvider(boolean administratorsFromProvider) {
    this.administratorsFromProvider = administratorsFromProvider;
  }
}
