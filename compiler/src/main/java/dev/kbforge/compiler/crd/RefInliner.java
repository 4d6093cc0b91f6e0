package dev.kbforge.compiler.crd;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces every {@code $ref} of a schema by a copy of what it points to, across our schema files
 * ({@code common.schema.json#/$defs/X}, {@code #/$defs/X}, absolute {@code $id} URLs), because a
 * CRD schema must be self-contained. Keywords beside a {@code $ref} narrow the target ({@link
 * SchemaMerge}). {@code $defs} are dropped once inlined. A recursive reference cannot be inlined
 * (and Kubernetes schemas cannot recurse): it is a bug in the schemas and throws.
 */
final class RefInliner {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Keywords whose values are data, not schemas: copied as they are. */
  private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

  private final Function<String, JsonNode> files;

  /** {@code files} gives a schema file's parsed content by name ({@link SchemaFiles#get}). */
  RefInliner(Function<String, JsonNode> files) {
    this.files = files;
  }

  /** The whole schema file {@code name}, without any {@code $ref} or {@code $defs}. */
  ObjectNode inline(String name) {
    return (ObjectNode) inline(name, files.apply(name), new ArrayDeque<>());
  }

  private JsonNode inline(String file, JsonNode node, Deque<String> refs) {
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode(node.size());
      node.forEach(item -> copy.add(inline(file, item, refs)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (key.equals("$ref") || key.equals("$defs")) {
        continue;
      }
      JsonNode value = entry.getValue();
      copy.set(key, DATA.contains(key) ? value.deepCopy() : inline(file, value, refs));
    }
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return copy;
    }
    return SchemaMerge.narrow(target(file, ref.asString(), refs), copy);
  }

  /** The inlined target of {@code ref}, written in {@code file}. */
  private ObjectNode target(String file, String ref, Deque<String> refs) {
    String location =
        ref.startsWith(SchemaFiles.ID_PREFIX) ? ref.substring(SchemaFiles.ID_PREFIX.length()) : ref;
    int hash = location.indexOf('#');
    String targetFile = hash == 0 ? file : hash < 0 ? location : location.substring(0, hash);
    String pointer = hash < 0 ? "" : location.substring(hash + 1);
    String key = targetFile + "#" + pointer;
    if (refs.contains(key)) {
      throw new IllegalStateException("recursive $ref " + key + " via " + refs);
    }
    JsonNode target = files.apply(targetFile).at(pointer);
    if (!target.isObject()) {
      throw new IllegalStateException("$ref " + ref + " in " + file + " resolves to nothing");
    }
    refs.push(key);
    try {
      return (ObjectNode) inline(targetFile, target, refs);
    } finally {
      refs.pop();
    }
  }
}
