package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's predefined template functions (text/template/funcs.go). */
final class Builtins {
  private Builtins() {}

  static Map<String, GoFunction> all() {
    Map<String, GoFunction> m = new LinkedHashMap<>();
    // and/or are evaluated by the executor (short-circuit); the bodies are never called
    m.put("and", GoFunction.variadic(a -> a.get(a.size() - 1), ANY, ANY));
    m.put("or", GoFunction.variadic(a -> a.get(a.size() - 1), ANY, ANY));
    m.put("not", GoFunction.of(a -> !GoValues.isTrue(a.get(0)), ANY));
    m.put("len", GoFunction.of(a -> length(a.get(0)), ANY));
    m.put("index", GoFunction.variadic(a -> index(a.get(0), a.subList(1, a.size())), ANY, ANY));
    m.put("slice", GoFunction.variadic(a -> slice(a.get(0), a.subList(1, a.size())), ANY, ANY));
    m.put("print", GoFunction.variadic(GoFormat::sprint, ANY));
    m.put("println", GoFunction.variadic(GoFormat::sprintln, ANY));
    m.put(
        "printf",
        GoFunction.variadic(a -> GoFormat.sprintf((String) a.get(0), rest(a)), ANY, STRING));
    m.put("html", GoFunction.variadic(a -> Escapes.html(evalArgs(a)), ANY));
    m.put("js", GoFunction.variadic(a -> Escapes.js(evalArgs(a)), ANY));
    m.put("urlquery", GoFunction.variadic(a -> Escapes.queryEscape(evalArgs(a)), ANY));
    m.put(
        "call",
        GoFunction.variadic(
            a -> {
              throw new FunctionException(
                  "non-function of type " + GoValues.typeName(a.get(0)) + " (call)");
            },
            ANY,
            ANY));
    m.put("eq", GoFunction.variadic(a -> Comparisons.eq(a.get(0), rest(a)), ANY, ANY));
    m.put("ne", GoFunction.of(a -> !Comparisons.eq(a.get(0), rest(a)), ANY, ANY));
    m.put("lt", GoFunction.of(a -> Comparisons.lt(a.get(0), a.get(1)), ANY, ANY));
    m.put("le", GoFunction.of(a -> Comparisons.le(a.get(0), a.get(1)), ANY, ANY));
    m.put("gt", GoFunction.of(a -> !Comparisons.le(a.get(0), a.get(1)), ANY, ANY));
    m.put("ge", GoFunction.of(a -> !Comparisons.lt(a.get(0), a.get(1)), ANY, ANY));
    return m;
  }

  private static List<Object> rest(List<Object> a) {
    return a.subList(1, a.size());
  }

  /** Go's evalArgs: one string as is, otherwise Sprint with nil printed as "<no value>". */
  private static String evalArgs(List<Object> args) {
    if (args.size() == 1 && args.get(0) instanceof String s) {
      return s;
    }
    List<Object> printable = new ArrayList<>();
    for (Object a : args) {
      printable.add(a == null ? "<no value>" : a);
    }
    return GoFormat.sprint(printable);
  }

  private static long length(Object item) throws FunctionException {
    if (item == null) {
      throw new FunctionException("len of nil pointer");
    }
    if (item instanceof String s) {
      return GoValues.byteLength(s);
    }
    if (item instanceof List<?> l) {
      return l.size();
    }
    if (item instanceof Map<?, ?> m) {
      return m.size();
    }
    throw new FunctionException("len of type " + GoValues.typeName(item));
  }

  private static int indexArg(Object index, int cap) throws FunctionException {
    if (index == null) {
      throw new FunctionException("cannot index slice/array with nil");
    }
    if (!GoValues.isInt(index)) {
      throw new FunctionException("cannot index slice/array with type " + GoValues.typeName(index));
    }
    long x = ((Number) index).longValue();
    if (x < 0 || x > cap) {
      throw new FunctionException("index out of range: " + x);
    }
    return (int) x;
  }

  private static Object index(Object item, List<Object> indexes) throws FunctionException {
    if (item == null) {
      throw new FunctionException("index of untyped nil");
    }
    for (Object index : indexes) {
      if (item == null) {
        throw new FunctionException("index of nil pointer");
      }
      if (item instanceof List<?> l) {
        int x = indexArg(index, l.size());
        if (x == l.size()) {
          throw new FunctionException("index out of range: " + x);
        }
        item = l.get(x);
      } else if (item instanceof String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int x = indexArg(index, bytes.length);
        if (x == bytes.length) {
          throw new FunctionException("index out of range: " + x);
        }
        item = (long) (bytes[x] & 0xff);
      } else if (item instanceof Map<?, ?> m) {
        if (!(index instanceof String)) {
          throw new FunctionException(
              index == null
                  ? "value is nil; should be of type string"
                  : "value has type " + GoValues.typeName(index) + "; should be string");
        }
        item = m.get(index);
      } else {
        throw new FunctionException("can't index item of type " + GoValues.typeName(item));
      }
    }
    return item;
  }

  private static Object slice(Object item, List<Object> indexes) throws FunctionException {
    if (item == null) {
      throw new FunctionException("slice of untyped nil");
    }
    if (indexes.size() > 3) {
      throw new FunctionException("too many slice indexes: " + indexes.size());
    }
    int len;
    byte[] bytes = null;
    if (item instanceof String s) {
      if (indexes.size() == 3) {
        throw new FunctionException("cannot 3-index slice a string");
      }
      bytes = s.getBytes(StandardCharsets.UTF_8);
      len = bytes.length;
    } else if (item instanceof List<?> l) {
      len = l.size();
    } else {
      throw new FunctionException("can't slice item of type " + GoValues.typeName(item));
    }
    int[] idx = {0, len, len};
    for (int i = 0; i < indexes.size(); i++) {
      idx[i] = indexArg(indexes.get(i), len);
    }
    if (idx[0] > idx[1]) {
      throw new FunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
    }
    if (indexes.size() == 3 && idx[1] > idx[2]) {
      throw new FunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
    }
    if (bytes != null) {
      return new String(bytes, idx[0], idx[1] - idx[0], StandardCharsets.UTF_8);
    }
    return new ArrayList<>(((List<?>) item).subList(idx[0], idx[1]));
  }
}
