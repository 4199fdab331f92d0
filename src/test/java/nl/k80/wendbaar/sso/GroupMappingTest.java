package nl.k80.wendbaar.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which K80 groups a provider's groups claim gives, and that nothing makes an administrator unasked. */
class GroupMappingTest {

  static OidcProperties properties(String mapping, boolean administrators) {
    OidcProperties properties = new OidcProperties();
    properties.setGroupMapping(mapping);
    properties.setAdministratorsFromProvider(administrators);
    return properties;
  }

  @Test
  void withoutAMappingEachK80GroupIsItselfAlsoAsAKeycloakPathButNeverTheAdministrators() {
    GroupMapping mapping = GroupMapping.of(properties("", false));
    assertThat(mapping.groupsOf(List.of("secretariaat", "/dagelijks-bestuur", "camunda-admin", "/camunda-admin",
        "onbekend"))).containsExactlyInAnyOrder("secretariaat", "dagelijks-bestuur");
    assertThat(mapping.groupsOf("ambtenaren")).containsExactly("ambtenaren");
    assertThat(mapping.groupsOf(null)).isEmpty();
    assertThat(mapping.managed()).doesNotContain("camunda-admin").contains("portefeuille-wonen");
  }

  @Test
  void aConfiguredMappingNamesProviderGroups() {
    GroupMapping mapping = GroupMapping.of(properties(
        "/k80/secretariaat=secretariaat, 5f1c-entra-id=dagelijks-bestuur", false));
    assertThat(mapping.groupsOf(List.of("/k80/secretariaat", "5f1c-entra-id", "secretariaat")))
        .containsExactlyInAnyOrder("secretariaat", "dagelijks-bestuur");
    assertThat(mapping.managed()).containsExactlyInAnyOrder("secretariaat", "dagelijks-bestuur");
  }

  @Test
  void mappingToTheAdministratorsStopsTheApplicationUnlessExplicitlyAllowed() {
    assertThatThrownBy(() -> GroupMapping.of(properties("/k80/beheer=camunda-admin", false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'/k80/beheer=camunda-admin' maps to no K80 group")
        .hasMessageContaining("K80_OIDC_ADMINISTRATORS_FROM_PROVIDER=true");
    assertThatThrownBy(() -> GroupMapping.of(properties("/k80/x=secretariat", false)))
        .hasMessageContaining("'/k80/x=secretariat' maps to no K80 group");
    assertThat(GroupMapping.of(properties("/k80/beheer=camunda-admin", true)).groupsOf("/k80/beheer"))
        .containsExactly("camunda-admin");
    assertThat(GroupMapping.of(properties("", true)).groupsOf("camunda-admin")).containsExactly("camunda-admin");
  }
}
