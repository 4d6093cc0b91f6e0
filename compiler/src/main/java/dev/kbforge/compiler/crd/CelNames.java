package dev.kbforge.compiler.crd;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a field name is written in a Kubernetes CEL rule: {@code self.name}, with the escaping the
 * API server applies to CEL reserved words ({@code namespace} becomes {@code __namespace__}).
 */
final class CelNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while");

  private CelNames() {}

  /** {@code self.<field>}, escaped as needed. */
  static String self(String field) {
    if (!IDENTIFIER.matcher(field).matches()) {
      // dashes, dots and underscores have escapes too; none of our fields needs them yet
      throw new IllegalStateException("field name not supported in CEL rules: " + field);
    }
    return "self." + (RESERVED.contains(field) ? "__" + field + "__" : field);
  }

  /** {@code has(self.<field>)}. */
  static String has(String field) {
    return "has(" + self(field) + ")";
  }
}
