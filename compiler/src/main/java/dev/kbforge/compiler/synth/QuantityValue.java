package dev.kbforge.compiler.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Kubernetes' {@code resource.Quantity.Value()}: the quantity as an integer, rounded up. So {@code
 * 500m} CPU is 1, {@code 0.5Gi} is 536870912 and {@code 1.1Gi} is 1181116007.
 */
public final class QuantityValue {
  private static final Pattern QUANTITY =
      Pattern.compile(
          "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");

  private static final Map<String, BigDecimal> SUFFIXES =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("n", new BigDecimal("1e-9")),
          Map.entry("u", new BigDecimal("1e-6")),
          Map.entry("m", new BigDecimal("1e-3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("M", new BigDecimal("1e6")),
          Map.entry("G", new BigDecimal("1e9")),
          Map.entry("T", new BigDecimal("1e12")),
          Map.entry("P", new BigDecimal("1e15")),
          Map.entry("E", new BigDecimal("1e18")),
          Map.entry("Ki", BigDecimal.valueOf(2).pow(10)),
          Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
          Map.entry("Gi", BigDecimal.valueOf(2).pow(30)),
          Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
          Map.entry("Pi", BigDecimal.valueOf(2).pow(50)),
          Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));

  private QuantityValue() {}

  /** The value of a quantity written as a string or a number; empty when absent or malformed. */
  public static OptionalLong of(JsonNode quantity) {
    if (quantity.isNumber()) {
      return ceil(quantity.decimalValue());
    }
    if (!quantity.isString()) {
      return OptionalLong.empty();
    }
    Matcher m = QUANTITY.matcher(quantity.asString().trim());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal number = new BigDecimal(m.group(1));
    BigDecimal scale = SUFFIXES.get(suffix);
    if (scale == null) { // a decimal exponent; beyond +-40 the value is 0-ish or too large anyway
      String digits = suffix.substring(1).replace("+", "");
      int exponent =
          digits.length() > 3 ? (digits.startsWith("-") ? -41 : 41) : Integer.parseInt(digits);
      if (exponent > 40) {
        return OptionalLong.empty();
      }
      scale = BigDecimal.ONE.scaleByPowerOfTen(Math.max(exponent, -40));
    }
    return ceil(number.multiply(scale));
  }

  private static OptionalLong ceil(BigDecimal value) {
    try {
      return OptionalLong.of(value.setScale(0, RoundingMode.CEILING).longValueExact());
    } catch (ArithmeticException tooLarge) {
      return OptionalLong.empty();
    }
  }
}
