package nl.k80.wendbaar.identity;

import java.util.Set;

/**
 * The passwords that .env.example shows as examples. Outside the demo the app refuses to start
 * with any of them (IdentityBootstrap); StartupProfilesTest reads the file and proves it.
 */
final class ExampleSecrets {

  static final Set<String> VALUES = Set.of("VERVANG-door-een-eigen-databasewachtwoord",
      "VERVANG-door-een-eigen-Beheerderswachtwoord-1!");

  static boolean contains(String secret) {
    return secret != null && VALUES.contains(secret);
  }

  private ExampleSecrets() {}
}
