package nl.k80.wendbaar.sso;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.k80.wendbaar.identity.K80Groups;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Which K80 groups a provider's groups claim gives. Only the contract's groups can be given, and
 * camunda-admin only when the configuration says so explicitly: a mis-typed or mis-mapped claim
 * cannot make anybody an administrator. A mapping that breaks this stops the application at
 * startup, naming the entry.
 */
final class GroupMapping {

  private final Map<String, String> toK80;

  GroupMapping(Map<String, String> toK80) {
    this.toK80 = Map.copyOf(toK80);
  }

  static GroupMapping of(OidcProperties properties) {
    Set<String> allowed = new LinkedHashSet<>();
    K80Groups.all().forEach(group -> allowed.add(group.id()));
    if (!properties.isAdministratorsFromProvider()) {
      allowed.remove(K80Groups.ADMIN);
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    String configured = properties.getGroupMapping() == null ? "" : properties.getGroupMapping().strip();
    if (configured.isEmpty()) {
      for (String group : allowed) {
        mapping.put(group, group);
        mapping.put("/" + group, group);
      }
    } else {
      for (String entry : configured.split(",")) {
        String[] providerAndK80 = entry.split("=", 2);
        String k80 = providerAndK80.length == 2 ? providerAndK80[1].strip() : "";
        if (!allowed.contains(k80)) {
          throw new IllegalStateException("k80.oidc.group-mapping (K80_OIDC_GROUP_MAPPING): '" + entry.strip()
              + "' maps to no K80 group; allowed: " + String.join(", ", allowed)
              + (k80.equals(K80Groups.ADMIN) ? " (camunda-admin only with K80_OIDC_ADMINISTRATORS_FROM_PROVIDER=true)"
              : ""));
        }
        mapping.put(providerAndK80[0].strip(), k80);
      }
    }
    return new GroupMapping(mapping);
  }

  /** The K80 groups of a groups claim (a list of names, or one); unknown names give nothing. */
  Set<String> groupsOf(Object claim) {
    Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
    Set<String> groups = new LinkedHashSet<>();
    for (Object value : values) {
      String group = toK80.get(String.valueOf(value));
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** K80 groups as Spring Security roles, "ROLE_<group>", as HTTP Basic gives them. */
  static Set<GrantedAuthority> roles(Set<String> groups) {
    return groups.stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).collect(Collectors.toSet());
  }

  /** The K80 groups this mapping manages; memberships of other groups stay as Admin keeps them. */
  Set<String> managed() {
    return new LinkedHashSet<>(toK80.values());
  }
}
