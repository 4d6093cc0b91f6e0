package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * A system account's passwordConfig with KubeBlocks' defaults filled in (reference section 2.4):
 * length 16, 4 digits, no symbols, symbols from {@code !@#&*}, mixed case. A Cluster's
 * passwordConfig replaces the definition's whole, as in KubeBlocks.
 *
 * @param doc the document the config was read from (for diagnostics)
 * @param pointer where the config is (or the account, when it has none)
 */
record PasswordPolicy(
    int length,
    int numDigits,
    int numSymbols,
    String symbolCharacters,
    String letterCase,
    SourceDocument doc,
    String pointer) {
  static final int DEFAULT_LENGTH = 16;
  static final int DEFAULT_DIGITS = 4;
  static final int DEFAULT_SYMBOLS = 0;
  static final String DEFAULT_SYMBOL_CHARACTERS = "!@#&*";
  static final String MIXED_CASES = "MixedCases";
  static final String LOWER_CASES = "LowerCases";
  static final String UPPER_CASES = "UpperCases";

  /**
   * The policy of {@code config} (missing fields take the defaults; a missing node, all of them).
   */
  static PasswordPolicy of(JsonNode config, SourceDocument doc, String pointer) {
    String symbols = Nodes.text(config, "symbolCharacters");
    String letterCase = Nodes.text(config, "letterCase");
    return new PasswordPolicy(
        number(config, "length", DEFAULT_LENGTH),
        number(config, "numDigits", DEFAULT_DIGITS),
        number(config, "numSymbols", DEFAULT_SYMBOLS),
        symbols.isEmpty() ? DEFAULT_SYMBOL_CHARACTERS : symbols,
        letterCase.isEmpty() ? MIXED_CASES : letterCase,
        doc,
        pointer);
  }

  /**
   * Reports {@link Code#KB5351} when the digits and symbols do not fit in the length: KubeBlocks'
   * generator then fails (and stores an empty password), and so would kb apply's and
   * external-secrets'. Returns whether the policy can be satisfied.
   */
  boolean check(Reporter reporter) {
    if (numDigits + numSymbols <= length) {
      return true;
    }
    reporter.value(
        Code.KB5351,
        doc,
        pointer,
        "passwordConfig asks for "
            + numDigits
            + " digits and "
            + numSymbols
            + " symbols in a password of "
            + length
            + " characters",
        "make numDigits + numSymbols at most length");
    return false;
  }

  private static int number(JsonNode config, String field, int fallback) {
    JsonNode value = config.path(field);
    return value.isIntegralNumber() ? value.asInt() : fallback;
  }
}
