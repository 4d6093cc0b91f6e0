package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import tools.jackson.databind.JsonNode;

/** The value one referenced object gives a var (KubeBlocks' resolveVar result), or why not. */
sealed interface VarValue {
  /** A plain value. */
  record Text(String value) implements VarValue {}

  /** A {@code valueFrom} (Secret or ConfigMap key) that Kubernetes resolves. */
  record Reference(JsonNode valueFrom) implements VarValue {}

  /** The object exists but has no such value (a port it does not have, TLS off...). */
  record Missing() implements VarValue {}

  /** KubeBlocks would know the value only at run time; {@code code} says which case. */
  record Unknown(Code code, String why) implements VarValue {}

  static VarValue text(String value) {
    return new Text(value);
  }

  static VarValue missing() {
    return new Missing();
  }
}
