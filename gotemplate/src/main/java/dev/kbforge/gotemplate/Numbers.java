package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Node.NumberNode;
import java.math.BigInteger;
import java.util.Optional;

/** Numeric constants, after Go's parse.newNumber: an int if it is one, a float64 if it parses. */
final class Numbers {
  private Numbers() {}

  static Optional<NumberNode> parse(Token t, Integer charValue) {
    String text = t.text();
    if (charValue != null) {
      return Optional.of(new NumberNode(t.pos(), text, true, charValue, true, charValue));
    }
    if (text.endsWith("i")) {
      return Optional.empty(); // complex constants: not supported
    }
    Long i = parseInt(text);
    if (i != null) {
      return Optional.of(new NumberNode(t.pos(), text, true, i, true, (double) i));
    }
    try {
      String clean = text.replace("_", "");
      boolean hex = clean.matches("[+-]?0[xX].*");
      if (hex && !clean.matches(".*[pP].*")) {
        return Optional.empty();
      }
      if (!clean.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|0[xX].*)")) {
        return Optional.empty();
      }
      double f = Double.parseDouble(clean);
      if (!text.matches(".*[.eEpP].*")) {
        return Optional.empty(); // integer overflow
      }
      boolean isInt = f == Math.rint(f) && Math.abs(f) < 9.2e18;
      return Optional.of(new NumberNode(t.pos(), text, isInt, isInt ? (long) f : 0, true, f));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Go's strconv.ParseInt(text, 0, 64), or null. */
  static Long parseInt(String text) {
    String s = text;
    boolean neg = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      neg = s.startsWith("-");
      s = s.substring(1);
    }
    int radix = 10;
    boolean prefixed = false;
    if (s.length() > 1 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x' || p == 'o' || p == 'b') {
        radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        s = s.substring(2);
        prefixed = true;
      } else {
        radix = 8;
        s = s.substring(1);
        prefixed = true;
      }
    }
    if (s.contains("_")) {
      if (s.startsWith("_") && !prefixed || s.endsWith("_") || s.contains("__")) {
        return null;
      }
      s = s.replace("_", "");
    }
    final int r = radix;
    if (s.isEmpty() || !s.chars().allMatch(c -> Character.digit(c, r) >= 0)) {
      return null;
    }
    BigInteger v = new BigInteger(s, radix);
    if (neg) {
      v = v.negate();
    }
    return v.bitLength() < 64 ? v.longValue() : null;
  }
}
