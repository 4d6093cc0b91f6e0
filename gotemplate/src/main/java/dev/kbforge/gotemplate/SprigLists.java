package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** sprig's list functions (list.go). */
final class SprigLists {
  private SprigLists() {}

  static void register(Map<String, GoFunction> m) {
    m.put("list", GoFunction.variadic(a -> new ArrayList<>(a), ANY));
    m.put("tuple", m.get("list"));
    m.put("first", GoFunction.of(a -> pick(list(a.get(0), "first"), true), ANY));
    m.put("last", GoFunction.of(a -> pick(list(a.get(0), "last"), false), ANY));
    m.put("rest", GoFunction.of(a -> drop(list(a.get(0), "rest"), 1, 0), ANY));
    m.put("initial", GoFunction.of(a -> drop(list(a.get(0), "initial"), 0, 1), ANY));
    m.put(
        "reverse",
        GoFunction.of(
            a -> {
              List<Object> l = new ArrayList<>(list(a.get(0), "reverse"));
              Collections.reverse(l);
              return l;
            },
            ANY));
    m.put(
        "uniq",
        GoFunction.of(
            a -> {
              List<Object> out = new ArrayList<>();
              for (Object o : list(a.get(0), "uniq")) {
                if (!contains(out, o)) {
                  out.add(o);
                }
              }
              return out;
            },
            ANY));
    m.put(
        "without",
        GoFunction.variadic(
            a -> {
              List<Object> out = new ArrayList<>();
              List<Object> omit = a.subList(1, a.size());
              for (Object o : list(a.get(0), "without")) {
                if (!contains(omit, o)) {
                  out.add(o);
                }
              }
              return out;
            },
            ANY,
            ANY));
    m.put(
        "has",
        GoFunction.of(
            a -> a.get(1) != null && contains(list(a.get(1), "has"), a.get(0)), ANY, ANY));
    m.put(
        "append",
        GoFunction.of(
            a -> {
              List<Object> l = new ArrayList<>(list(a.get(0), "push"));
              l.add(a.get(1));
              return l;
            },
            ANY,
            ANY));
    m.put("push", m.get("append"));
    m.put(
        "prepend",
        GoFunction.of(
            a -> {
              List<Object> l = new ArrayList<>(list(a.get(0), "prepend"));
              l.add(0, a.get(1));
              return l;
            },
            ANY,
            ANY));
    m.put(
        "concat",
        GoFunction.variadic(
            a -> {
              List<Object> out = new ArrayList<>();
              for (Object l : a) {
                out.addAll(list(l, "concat"));
              }
              return out;
            },
            ANY));
    m.put(
        "compact",
        GoFunction.of(
            a -> {
              List<Object> out = new ArrayList<>();
              for (Object o : list(a.get(0), "compact")) {
                if (!Cast.empty(o)) {
                  out.add(o);
                }
              }
              return out;
            },
            ANY));
    m.put("slice", GoFunction.variadic(a -> slice(a.get(0), a.subList(1, a.size())), ANY, ANY));
    // the must* variants return Go errors where the plain ones panic: both fail the execution
    for (String fn :
        List.of(
            "first", "last", "rest", "initial", "reverse", "uniq", "without", "has", "push",
            "prepend", "compact", "slice")) {
      String must = "must" + Character.toUpperCase(fn.charAt(0)) + fn.substring(1);
      m.put(must, m.get(fn));
    }
    m.put("mustAppend", m.get("append"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object v, String fn) throws FunctionException {
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    if (v == null) {
      throw new FunctionException("reflect: call of reflect.Value.Kind on nil (" + fn + ")");
    }
    throw new FunctionException("Cannot find " + fn + " on type " + kind(v));
  }

  static String kind(Object v) {
    if (v instanceof Map) {
      return "map";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    return GoValues.typeName(v);
  }

  private static Object pick(List<Object> l, boolean first) {
    return l.isEmpty() ? null : l.get(first ? 0 : l.size() - 1);
  }

  private static List<Object> drop(List<Object> l, int head, int tail) {
    if (l.isEmpty()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(l.subList(head, l.size() - tail));
  }

  /** Go's reflect.DeepEqual on the value model. */
  static boolean contains(List<Object> l, Object needle) {
    for (Object o : l) {
      if (deepEqual(o, needle)) {
        return true;
      }
    }
    return false;
  }

  static boolean deepEqual(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (!GoValues.typeName(a).equals(GoValues.typeName(b))) {
      return false;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return GoValues.isFloat(a)
          ? x.doubleValue() == y.doubleValue()
          : x.longValue() == y.longValue();
    }
    return Objects.equals(a, b);
  }

  private static Object slice(Object v, List<Object> idx) throws FunctionException {
    List<Object> l = list(v, "slice");
    if (l.isEmpty()) {
      return null;
    }
    int start = idx.isEmpty() ? 0 : (int) Cast.toInt64(idx.get(0));
    int end = idx.size() < 2 ? l.size() : (int) Cast.toInt64(idx.get(1));
    if (start < 0 || end < start || end > l.size()) {
      throw new FunctionException("reflect: slice index out of range");
    }
    return new ArrayList<>(l.subList(start, end));
  }
}
