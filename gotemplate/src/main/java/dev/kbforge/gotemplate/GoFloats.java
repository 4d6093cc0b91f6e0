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

  /** strconv's 'x' format: hexadecimal mantissa and binary exponent ("0x1.8p+00"). */
  static String hex(double v, char fmt, int prec) {
    long bits = Double.doubleToRawLongBits(Math.abs(v));
    int exp = (int) (bits >>> 52) & 0x7ff;
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) {
      exp++;
    } else {
      mant |= 1L << 52;
    }
    exp -= 1023;
    if (mant == 0) {
      exp = 0;
    }
    mant <<= 60 - 52;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if (Long.compareUnsigned(extra | (mant & 1), 1L << 59) > 0) {
        mant++;
      }
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    StringBuilder b = new StringBuilder("0").append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      b.append('.');
      while (mant != 0) {
        b.append(digits.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      b.append('.');
      for (int i = 0; i < prec; i++) {
        b.append(digits.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    b.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      b.append('0');
    }
    return b.append(exp).toString();
  }

  /** strconv's 'b' format: decimal mantissa and binary exponent ("6755399441055744p-52"). */
  static String binary(double v) {
    long bits = Double.doubleToRawLongBits(Math.abs(v));
    int exp = (int) (bits >>> 52) & 0x7ff;
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) {
      exp++;
    } else {
      mant |= 1L << 52;
    }
    exp += -1023 - 52;
    return mant + "p" + (exp >= 0 ? "+" : "-") + Math.abs(exp);
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
