package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.load.Yaml11Scalars;
import java.util.regex.Pattern;

/**
 * A new value as YAML text. A replaced scalar keeps its quoting (a quoted {@code "500m"} stays
 * quoted); a new or plain one is written plain when it reads back as intended (YAML 1.1, as
 * Kubernetes reads it), else double-quoted.
 *
 * @param text the value
 * @param string whether it must read back as a string ({@code false}: a number or boolean, written
 *     as is)
 */
record ScalarValue(String text, boolean string) {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/+-]*");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  static ScalarValue string(String text) {
    return new ScalarValue(text, true);
  }

  static ScalarValue literal(String text) {
    return new ScalarValue(text, false);
  }

  /** A quantity ({@code 500m}, {@code 20Gi}, {@code 2}): a string or number to Kubernetes. */
  static ScalarValue quantity(String text) {
    return SAFE.matcher(text).matches() ? literal(text) : string(text);
  }

  /** The YAML for this value where a scalar of {@code style} was (or none, for a new key). */
  String yaml(ScalarSpan.Style style) {
    if (style == ScalarSpan.Style.SINGLE) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (style == ScalarSpan.Style.DOUBLE) {
      return doubleQuoted();
    }
    if (!string || readsAsString()) {
      return text;
    }
    return doubleQuoted();
  }

  private boolean readsAsString() {
    return SAFE.matcher(text).matches()
        && !DATE.matcher(text).matches()
        && Yaml11Scalars.resolvePlain(text).isString();
  }

  private String doubleQuoted() {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
