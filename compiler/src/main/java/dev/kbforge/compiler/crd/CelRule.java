package dev.kbforge.compiler.crd;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code x-kubernetes-validations} entry: a CEL expression over {@code self} (and {@code
 * oldSelf} for a transition rule, checked on updates only) and the message shown when it is false.
 */
record CelRule(String rule, String message) {
  /** The usual transition rule: the field may be set once, then never changed. */
  static CelRule immutable(String field) {
    return new CelRule("self == oldSelf", field + " cannot be changed once set");
  }

  ObjectNode toNode() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("rule", rule);
    node.put("message", message);
    return node;
  }
}
