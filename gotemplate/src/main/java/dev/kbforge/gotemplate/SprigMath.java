package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.INT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * sprig's math (numeric.go and functions.go): integer functions convert with cast.ToInt64 and
 * return int64; the *f functions go through shopspring/decimal (exact decimal arithmetic on the
 * shortest decimal form of each float64) and return float64.
 */
final class SprigMath {
  private SprigMath() {}

  static void register(Map<String, GoFunction> m) {
    m.put("add1", GoFunction.of(a -> Cast.toInt64(a.get(0)) + 1, ANY));
    m.put(
        "add",
        GoFunction.variadic(
            a -> {
              long sum = 0;
              for (Object o : a) {
                sum += Cast.toInt64(o);
              }
              return sum;
            },
            ANY));
    m.put("sub", GoFunction.of(a -> Cast.toInt64(a.get(0)) - Cast.toInt64(a.get(1)), ANY, ANY));
    m.put("div", GoFunction.of(a -> divide(a.get(0), a.get(1), false), ANY, ANY));
    m.put("mod", GoFunction.of(a -> divide(a.get(0), a.get(1), true), ANY, ANY));
    m.put(
        "mul",
        GoFunction.variadic(
            a -> {
              long v = Cast.toInt64(a.get(0));
              for (Object o : a.subList(1, a.size())) {
                v *= Cast.toInt64(o);
              }
              return v;
            },
            ANY,
            ANY));
    m.put("max", GoFunction.variadic(a -> extreme(a, true), ANY, ANY));
    m.put("biggest", m.get("max"));
    m.put("min", GoFunction.variadic(a -> extreme(a, false), ANY, ANY));
    m.put("maxf", GoFunction.variadic(a -> extremeF(a, true), ANY, ANY));
    m.put("minf", GoFunction.variadic(a -> extremeF(a, false), ANY, ANY));
    m.put("ceil", GoFunction.of(a -> Math.ceil(Cast.toFloat64(a.get(0))), ANY));
    m.put("floor", GoFunction.of(a -> Math.floor(Cast.toFloat64(a.get(0))), ANY));
    m.put(
        "round",
        GoFunction.variadic(
            a -> round(Cast.toFloat64(a.get(0)), SprigStrings.i(a, 1), a.subList(2, a.size())),
            ArgType.FLOAT64,
            ANY,
            INT));
    m.put("add1f", GoFunction.of(a -> decimalOp(a.get(0), List.of(1L), BigDecimal::add), ANY));
    m.put("addf", GoFunction.variadic(a -> decimalOp(0.0, a, BigDecimal::add), ANY));
    m.put(
        "subf",
        GoFunction.variadic(a -> decimalOp(a.get(0), rest(a), BigDecimal::subtract), ANY, ANY));
    m.put(
        "mulf",
        GoFunction.variadic(a -> decimalOp(a.get(0), rest(a), BigDecimal::multiply), ANY, ANY));
    m.put("divf", GoFunction.variadic(a -> divf(a.get(0), rest(a)), ANY, ANY));
    m.put("until", GoFunction.of(a -> until(0, SprigStrings.i(a, 0), Integer.MIN_VALUE), INT));
    m.put(
        "untilStep",
        GoFunction.of(
            a -> until(SprigStrings.i(a, 0), SprigStrings.i(a, 1), SprigStrings.i(a, 2)),
            INT,
            INT,
            INT));
  }

  private static List<Object> rest(List<Object> a) {
    return a.subList(1, a.size());
  }

  private static long divide(Object x, Object y, boolean mod) throws FunctionException {
    long b = Cast.toInt64(y);
    if (b == 0) {
      throw new FunctionException("runtime error: integer divide by zero");
    }
    long a = Cast.toInt64(x);
    return mod ? a % b : a / b;
  }

  private static long extreme(List<Object> a, boolean max) {
    long v = Cast.toInt64(a.get(0));
    for (Object o : a.subList(1, a.size())) {
      long b = Cast.toInt64(o);
      v = max ? Math.max(v, b) : Math.min(v, b);
    }
    return v;
  }

  private static double extremeF(List<Object> a, boolean max) {
    double v = Cast.toFloat64(a.get(0));
    for (Object o : a.subList(1, a.size())) {
      double b = Cast.toFloat64(o);
      v = max ? Math.max(v, b) : Math.min(v, b);
    }
    return v;
  }

  private static double round(double val, int places, List<Object> opt) {
    double roundOn = opt.isEmpty() ? 0.5 : (Double) opt.get(0);
    double pow = Math.pow(10, places);
    double digit = pow * val;
    double frac = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
    double r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
    return r / pow;
  }

  private static BigDecimal dec(Object v) {
    return GoFloats.shortestDecimal(Cast.toFloat64(v));
  }

  private static double decimalOp(Object first, List<Object> rest, BinaryOperator<BigDecimal> op) {
    BigDecimal acc = dec(first);
    for (Object o : rest) {
      acc = op.apply(acc, dec(o));
    }
    return acc.doubleValue();
  }

  private static double divf(Object first, List<Object> rest) throws FunctionException {
    BigDecimal acc = dec(first);
    for (Object o : rest) {
      BigDecimal d = dec(o);
      if (d.signum() == 0) {
        throw new FunctionException("decimal division by 0");
      }
      // shopspring's Div: 16 places after the point, rounded half away from zero
      acc = acc.divide(d, 16, RoundingMode.HALF_UP);
    }
    return acc.doubleValue();
  }

  /** sprig's until/untilStep (step MIN_VALUE: until's own direction rule). */
  private static List<Object> until(int start, int stop, int step) throws FunctionException {
    if (step == Integer.MIN_VALUE) {
      step = stop < 0 ? -1 : 1;
    }
    List<Object> v = new ArrayList<>();
    if (stop < start) {
      if (step >= 0) {
        return v;
      }
      for (long i = start; i > stop; i += step) {
        v.add(i);
        check(v);
      }
      return v;
    }
    if (step <= 0) {
      return v;
    }
    for (long i = start; i < stop; i += step) {
      v.add(i);
      check(v);
    }
    return v;
  }

  private static void check(List<Object> v) throws FunctionException {
    if (v.size() > 1_000_000) {
      throw new FunctionException("list too long");
    }
  }
}
