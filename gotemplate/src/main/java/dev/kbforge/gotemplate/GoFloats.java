package dev.kbforge.gotemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float64 to text as Go's strconv.FormatFloat does for the 'e', 'f' and 'g' formats: exact decimal
 * rounding (half to even) of the binary value, and for precision -1 the shortest digits that read
 * back to the same float64. Java's own formatting rounds twice and differs in the last digit.
 */
final class GoFloats {
  private GoFloats() {}

  /** Decimal digits without trailing zeros ("" for zero), and the decimal point position. */
  private record Digits(String d, int dp) {
    static Digits of(BigDecimal bd) {
      if (bd.signum() == 0) {
        return new Digits("", 0);
      }
      String u = bd.unscaledValue().abs().toString();
      int dp = u.length() - bd.scale();
      int end = u.length();
      while (end > 0 && u.charAt(end - 1) == '0') {
        end--;
      }
      return new Digits(u.substring(0, end), dp);
    }

    int nd() {
      return d.length();
    }

    char at(int i) {
      return i >= 0 && i < d.length() ? d.charAt(i) : '0';
    }
  }

  /** Formats the absolute value of {@code v} (the caller adds the sign); NaN/Inf not handled. */
  static String format(double v, char fmt, int prec) {
    BigDecimal exact = new BigDecimal(Math.abs(v));
    boolean shortest = prec < 0;
    Digits digs;
    if (shortest) {
      digs = shortest(Math.abs(v), exact);
      switch (fmt) {
        case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
        case 'f', 'F' -> prec = Math.max(digs.nd() - digs.dp(), 0);
        default -> prec = digs.nd();
      }
    } else {
      switch (fmt) {
        case 'e', 'E' -> digs = round(exact, prec + 1);
        case 'f', 'F' -> digs = Digits.of(exact.setScale(prec, RoundingMode.HALF_EVEN));
        default -> {
          if (prec == 0) {
            prec = 1;
          }
          digs = round(exact, prec);
        }
      }
    }
    switch (fmt) {
      case 'e', 'E':
        return fmtE(digs, prec, fmt);
      case 'f', 'F':
        return fmtF(digs, prec);
      default:
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
          eprec = digs.nd();
        }
        if (shortest) {
          eprec = 6;
        }
        int exp = digs.dp() - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > digs.nd()) {
            prec = digs.nd();
          }
          return fmtE(digs, prec - 1, fmt == 'G' ? 'E' : 'e');
        }
        if (prec > digs.dp()) {
          prec = digs.nd();
        }
        return fmtF(digs, Math.max(prec - digs.dp(), 0));
    }
  }

  private static Digits round(BigDecimal exact, int significant) {
    if (exact.signum() == 0) {
      return new Digits("", 0);
    }
    return Digits.of(exact.round(new MathContext(significant, RoundingMode.HALF_EVEN)));
  }

  /** The shortest decimal that reads back as {@code v} (shopspring decimal.NewFromFloat). */
  static BigDecimal shortestDecimal(double v) {
    if (v == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(v);
    for (int p = 1; p < 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == v) {
        return r;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  private static Digits shortest(double v, BigDecimal exact) {
    if (v == 0) {
      return new Digits("", 0);
    }
    for (int p = 1; p < 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == v) {
        return Digits.of(r);
      }
    }
    return Digits.of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static String fmtE(Digits d, int prec, char fmt) {
    StringBuilder b = new StringBuilder();
    b.append(d.nd() == 0 ? '0' : d.at(0));
    if (prec > 0) {
      b.append('.');
      for (int i = 1; i <= prec; i++) {
        b.append(d.at(i));
      }
    }
    b.append(fmt == 'E' ? 'E' : 'e');
    int exp = d.nd() == 0 ? 0 : d.dp() - 1;
    b.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      b.append('0');
    }
    b.append(exp);
    return b.toString();
  }

  private static String fmtF(Digits d, int prec) {
    StringBuilder b = new StringBuilder();
    if (d.dp() > 0) {
      for (int i = 0; i < d.dp(); i++) {
        b.append(d.at(i));
      }
    } else {
      b.append('0');
    }
    if (prec > 0) {
      b.append('.');
      for (int i = 0; i < prec; i++) {
        b.append(d.at(d.dp() + i));
      }
    }
    return b.toString();
  }
}
