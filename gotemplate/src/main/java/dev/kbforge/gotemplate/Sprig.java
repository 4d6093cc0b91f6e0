package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.BOOL;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of sprig's TxtFuncMap (github.com/Masterminds/sprig v3) that kbforge supports: every
 * function the upstream KubeBlocks addons use, plus the common string, list, dict, math, default,
 * conversion, encoding, path, regex and semver functions. {@link #REFUSED} lists the functions
 * whose results change from run to run (time, randomness, key generation, the environment, DNS).
 */
final class Sprig {
  private Sprig() {}

  static final Set<String> REFUSED =
      Set.of(
          "now",
          "date",
          "dateInZone",
          "date_in_zone",
          "dateModify",
          "date_modify",
          "mustDateModify",
          "must_date_modify",
          "htmlDate",
          "htmlDateInZone",
          "ago",
          "toDate",
          "mustToDate",
          "unixEpoch",
          "duration",
          "durationRound",
          "randAlphaNum",
          "randAlpha",
          "randAscii",
          "randNumeric",
          "randInt",
          "randBytes",
          "shuffle",
          "uuidv4",
          "genCA",
          "genCAWithKey",
          "genPrivateKey",
          "genSelfSignedCert",
          "genSelfSignedCertWithKey",
          "genSignedCert",
          "genSignedCertWithKey",
          "buildCustomCert",
          "bcrypt",
          "htpasswd",
          "encryptAES",
          "env",
          "expandenv",
          "getHostByName");

  static Map<String, GoFunction> functions() {
    Map<String, GoFunction> m = new LinkedHashMap<>();
    SprigStrings.register(m);
    SprigMath.register(m);
    SprigLists.register(m);
    SprigDicts.register(m);
    SprigEncoding.register(m);
    SprigRegex.register(m);
    m.put(
        "semverCompare", GoFunction.of(a -> SprigSemver.compare(s(a, 0), s(a, 1)), STRING, STRING));
    registerDefaults(m);
    registerConversions(m);
    return m;
  }

  private static String s(List<Object> a, int i) {
    return (String) a.get(i);
  }

  private static void registerDefaults(Map<String, GoFunction> m) {
    m.put(
        "default",
        GoFunction.variadic(
            a -> a.size() < 2 || Cast.empty(a.get(1)) ? a.get(0) : a.get(1), ANY, ANY));
    m.put("empty", GoFunction.of(a -> Cast.empty(a.get(0)), ANY));
    m.put(
        "coalesce",
        GoFunction.variadic(
            a -> {
              for (Object o : a) {
                if (!Cast.empty(o)) {
                  return o;
                }
              }
              return null;
            },
            ANY));
    m.put("all", GoFunction.variadic(a -> a.stream().noneMatch(Cast::empty), ANY));
    m.put("any", GoFunction.variadic(a -> a.stream().anyMatch(o -> !Cast.empty(o)), ANY));
    m.put("ternary", GoFunction.of(a -> (Boolean) a.get(2) ? a.get(0) : a.get(1), ANY, ANY, BOOL));
    m.put(
        "fail",
        GoFunction.of(
            a -> {
              throw new FunctionException(s(a, 0));
            },
            STRING));
    m.put("typeOf", GoFunction.of(a -> GoValues.typeName(a.get(0)), ANY));
    m.put("typeIs", GoFunction.of(a -> s(a, 0).equals(GoValues.typeName(a.get(1))), STRING, ANY));
    m.put("kindOf", GoFunction.of(a -> kind(a.get(0)), ANY));
    m.put("kindIs", GoFunction.of(a -> s(a, 0).equals(kind(a.get(1))), STRING, ANY));
    m.put("deepEqual", GoFunction.of(a -> SprigLists.deepEqual(a.get(0), a.get(1)), ANY, ANY));
  }

  /** reflect.Kind names. */
  private static String kind(Object v) {
    if (v == null) {
      return "invalid";
    }
    if (v instanceof List) {
      return "slice";
    }
    if (GoValues.isFloat(v)) {
      return "float64";
    }
    if (v instanceof Number) {
      return "int";
    }
    return SprigLists.kind(v);
  }

  private static void registerConversions(Map<String, GoFunction> m) {
    m.put(
        "atoi",
        GoFunction.of(
            a -> {
              String t = s(a, 0);
              if (!t.matches("[+-]?[0-9]+")) {
                return 0L;
              }
              try {
                return Long.parseLong(t);
              } catch (NumberFormatException e) {
                return 0L;
              }
            },
            STRING));
    m.put("int", GoFunction.of(a -> Cast.toInt64(a.get(0)), ANY));
    m.put("int64", GoFunction.of(a -> Cast.toInt64(a.get(0)), ANY));
    m.put("float64", GoFunction.of(a -> Cast.toFloat64(a.get(0)), ANY));
    m.put(
        "toDecimal",
        GoFunction.of(
            a -> {
              try {
                return Long.parseLong(GoFormat.sprint(a), 8);
              } catch (NumberFormatException e) {
                return 0L;
              }
            },
            ANY));
  }
}
