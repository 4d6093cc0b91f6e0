package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Asserts that lowered objects carry no secret material. */
final class PasswordScan {
  private static final Set<String> PLACEHOLDERS =
      Set.of(ExternalSecrets.PASSWORD, ExternalSecrets.UPPER_CASE_PASSWORD);

  private PasswordScan() {}

  /**
   * No Secret objects, and every string whose key mentions a password (or that holds a template) is
   * the generator placeholder.
   */
  static void assertNoPasswords(List<ObjectNode> objects) {
    for (ObjectNode object : objects) {
      assertNotEquals("Secret", object.path("kind").asString(), object.toString());
      for (String entry : LowerFixtures.strings(object)) {
        int eq = entry.indexOf('=');
        String path = entry.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
        String value = entry.substring(eq + 1);
        String key = path.substring(path.lastIndexOf('/') + 1);
        if (key.contains("password") || value.contains("{{")) {
          assertEquals(true, PLACEHOLDERS.contains(value), "not a placeholder: " + entry);
        }
      }
    }
  }
}
