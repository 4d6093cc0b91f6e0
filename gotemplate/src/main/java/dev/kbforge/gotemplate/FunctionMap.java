package dev.kbforge.gotemplate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions a template may call: Go's built-ins, optionally sprig's, plus whatever a caller
 * adds (KubeBlocks' own functions, say). Immutable; {@link #with} returns a new map. A name in
 * {@link #refused()} is a parse-time error of kind NONDETERMINISTIC_FUNCTION.
 */
public final class FunctionMap {
  private static final Map<String, GoFunction> BUILTINS = Builtins.all();

  private final Map<String, GoFunction> functions;
  private final Set<String> refused;

  private FunctionMap(Map<String, GoFunction> functions, Set<String> refused) {
    this.functions = Collections.unmodifiableMap(functions);
    this.refused = Collections.unmodifiableSet(refused);
  }

  /** Go's predefined functions only. */
  public static FunctionMap goBuiltins() {
    return new FunctionMap(new LinkedHashMap<>(BUILTINS), new TreeSet<>());
  }

  /** Go's predefined functions plus sprig's TxtFuncMap as far as kbforge supports it. */
  public static FunctionMap sprig() {
    Map<String, GoFunction> m = new LinkedHashMap<>(BUILTINS);
    m.putAll(Sprig.functions());
    return new FunctionMap(m, new TreeSet<>(Sprig.REFUSED));
  }

  /** A copy with {@code name} defined (replacing any function or refusal of that name). */
  public FunctionMap with(String name, GoFunction fn) {
    Map<String, GoFunction> m = new LinkedHashMap<>(functions);
    m.put(name, fn);
    Set<String> r = new TreeSet<>(refused);
    r.remove(name);
    return new FunctionMap(m, r);
  }

  public GoFunction get(String name) {
    return functions.get(name);
  }

  public Set<String> names() {
    return new TreeSet<>(functions.keySet());
  }

  /** Functions that exist in sprig but that kbforge refuses (not deterministic). */
  public Set<String> refused() {
    return refused;
  }

  boolean isBuiltin(String name, GoFunction fn) {
    return BUILTINS.get(name) == fn;
  }
}
