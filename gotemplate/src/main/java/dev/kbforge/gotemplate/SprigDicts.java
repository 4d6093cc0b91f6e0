package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.MAP;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * sprig's dict functions (dict.go). Go returns keys and values in random map order; these return
 * them in sorted key order, one of the orders Go may give. set and unset change the map in place,
 * as in Go.
 */
final class SprigDicts {
  private SprigDicts() {}

  static void register(Map<String, GoFunction> m) {
    m.put(
        "dict",
        GoFunction.variadic(
            a -> {
              Map<String, Object> d = new LinkedHashMap<>();
              for (int i = 0; i < a.size(); i += 2) {
                d.put(Cast.toStr(a.get(i)), i + 1 < a.size() ? a.get(i + 1) : "");
              }
              return d;
            },
            ANY));
    m.put(
        "get",
        GoFunction.of(a -> map(a).containsKey(a.get(1)) ? map(a).get(a.get(1)) : "", MAP, STRING));
    m.put(
        "set",
        GoFunction.of(
            a -> {
              mutable(a).put((String) a.get(1), a.get(2));
              return a.get(0);
            },
            MAP,
            STRING,
            ANY));
    m.put(
        "unset",
        GoFunction.of(
            a -> {
              mutable(a).remove(a.get(1));
              return a.get(0);
            },
            MAP,
            STRING));
    m.put("hasKey", GoFunction.of(a -> map(a).containsKey(a.get(1)), MAP, STRING));
    m.put(
        "keys",
        GoFunction.variadic(
            a -> {
              List<Object> k = new ArrayList<>();
              for (Object d : a) {
                if (d != null) {
                  k.addAll(new TreeMap<>((Map<?, ?>) d).keySet());
                }
              }
              return k;
            },
            MAP));
    m.put("values", GoFunction.of(a -> new ArrayList<Object>(new TreeMap<>(map(a)).values()), MAP));
    m.put(
        "pick",
        GoFunction.variadic(
            a -> {
              Map<String, Object> d = new LinkedHashMap<>();
              for (Object k : a.subList(1, a.size())) {
                if (map(a).containsKey(k)) {
                  d.put((String) k, map(a).get(k));
                }
              }
              return d;
            },
            STRING,
            MAP));
    m.put(
        "omit",
        GoFunction.variadic(
            a -> {
              Map<String, Object> d = new LinkedHashMap<>(map(a));
              for (Object k : a.subList(1, a.size())) {
                d.remove(k);
              }
              return d;
            },
            STRING,
            MAP));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(List<Object> a) {
    Object m = a.get(0);
    return m == null ? Map.of() : (Map<String, Object>) m;
  }

  private static Map<String, Object> mutable(List<Object> a) throws FunctionException {
    if (a.get(0) == null) {
      throw new FunctionException("assignment to entry in nil map");
    }
    try {
      Map<String, Object> m = map(a);
      m.put("\u0000probe", null);
      m.remove("\u0000probe");
      return m;
    } catch (UnsupportedOperationException e) {
      throw new FunctionException(
          "the values passed in are read-only: set/unset need a mutable map");
    }
  }
}
