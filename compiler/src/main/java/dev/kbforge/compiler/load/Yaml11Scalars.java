package dev.kbforge.compiler.load;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Resolves plain (unquoted, untagged) YAML scalars the way Kubernetes reads them: sigs.k8s.io/yaml
 * sits on go-yaml v2, which follows YAML 1.1. So {@code 0555} is octal 365, {@code 0x1F} is hex,
 * {@code yes}/{@code on} are booleans and {@code ~} is null. snakeyaml-engine only composes the
 * node graph; the typing of plain scalars happens here.
 */
public final class Yaml11Scalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSES =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");

  /** The longest of the null and boolean words above ("false"). */
  private static final int MAX_WORD_LENGTH = 5;

  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** go-yaml v2 reads integers as int64 (strconv.ParseInt) or else uint64 (ParseUint). */
  private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);

  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private Yaml11Scalars() {}

  /**
   * The value a plain scalar reads as. Public so the emitter can quote exactly the strings that
   * would not read back as strings ({@code dev.kbforge.compiler.emit.ScalarQuoting}).
   */
  public static JsonNode resolvePlain(String text) {
    if (text.length() <= MAX_WORD_LENGTH) { // longer texts are none of the words: skip hashing them
      if (NULLS.contains(text)) {
        return NODES.nullNode();
      }
      if (TRUES.contains(text)) {
        return NODES.booleanNode(true);
      }
      if (FALSES.contains(text)) {
        return NODES.booleanNode(false);
      }
    }
    char first = text.charAt(0);
    if (!((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')) {
      return NODES.stringNode(text);
    }
    BigInteger integer = parseInteger(text.replace("_", ""));
    if (integer != null
        && integer.compareTo(MIN_INT64) >= 0
        && integer.compareTo(MAX_UINT64) <= 0) {
      return integer.bitLength() < 64
          ? NODES.numberNode(integer.longValue())
          : NODES.numberNode(integer);
    }
    // Beyond 64 bits go-yaml reads decimal digits as a float and anything else as a string.
    JsonNode number = parseFloat(text.replace("_", ""));
    return number != null ? number : NODES.stringNode(text);
  }

  /** Go's strconv.ParseInt(s, 0, 64) prefixes: 0x hex, 0b binary, 0o and leading 0 octal. */
  private static BigInteger parseInteger(String s) {
    String digits = s;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    int radix = 10;
    String lower = digits.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.charAt(0) == '0') {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c > 'z' || Character.digit(c, radix) < 0) {
        return null; // ASCII digits only, as Go's strconv
      }
    }
    BigInteger value = new BigInteger(digits, radix);
    return negative ? value.negate() : value;
  }

  private static JsonNode parseFloat(String s) {
    switch (s) {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return NODES.numberNode(Double.POSITIVE_INFINITY);
      case "-.inf", "-.Inf", "-.INF":
        return NODES.numberNode(Double.NEGATIVE_INFINITY);
      case ".nan", ".NaN", ".NAN":
        return NODES.numberNode(Double.NaN);
      default:
        break;
    }
    if (FLOAT.matcher(s).matches()) {
      return NODES.numberNode(Double.parseDouble(s));
    }
    return null;
  }
}
