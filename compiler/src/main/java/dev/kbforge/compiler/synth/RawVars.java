package dev.kbforge.compiler.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * What resolving vars yields, in KubeBlocks' two lists: {@code plain} vars (values, expanded by
 * {@code $(VAR)} and visible to templates) and {@code references} (credentials and other Secret or
 * ConfigMap keys, delivered as {@code valueFrom} and never inlined).
 */
record RawVars(List<RawVar> plain, List<RawVar> references) {
  static RawVars empty() {
    return new RawVars(new ArrayList<>(), new ArrayList<>());
  }

  static RawVars of(RawVar var) {
    RawVars out = empty();
    out.add(var);
    return out;
  }

  /** Adds a var to the list its kind belongs to. */
  void add(RawVar var) {
    (var.isReference() ? references : plain).add(var);
  }

  void addAll(RawVars other) {
    plain.addAll(other.plain);
    references.addAll(other.references);
  }
}
