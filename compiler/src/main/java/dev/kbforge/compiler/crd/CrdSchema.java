package dev.kbforge.compiler.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code openAPIV3Schema} of one kind: its JSON Schema inlined ({@link RefInliner}), made
 * structural ({@link StructuralSchema}), with the root Kubernetes expects (apiVersion and kind as
 * strings, metadata as a bare object since the API server owns its schema, status kept as the
 * controller writes it), the kind's CEL rules ({@link KindRules}) and list types ({@link
 * ListMaps}).
 */
final class CrdSchema {
  private final RefInliner inliner;

  CrdSchema(SchemaFiles files) {
    this.inliner = new RefInliner(files::get);
  }

  ObjectNode of(CrdKind kind) {
    ObjectNode schema = StructuralSchema.of(inliner.inline(kind.schemaFile()));
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set("apiVersion", stringField("APIVersion of the object: " + apiVersion(kind)));
    properties.set("kind", stringField("Kind of the object: " + kind.kind()));
    properties.putObject("metadata").put("type", "object");
    properties
        .putObject("status")
        .put("type", "object")
        .put("description", "Observed state, written by the KubeBlocks controller.")
        .put("x-kubernetes-preserve-unknown-fields", true);
    boolean specRequired = false;
    for (JsonNode name : schema.path("required")) {
      specRequired |= name.asString().equals("spec");
    }
    schema.remove("required"); // apiVersion, kind and metadata are the API server's business
    if (specRequired) {
      schema.putArray("required").add("spec");
    }
    new TreeMap<>(KindRules.of(kind)).forEach((path, rules) -> addRules(schema, path, rules));
    new TreeMap<>(ListMaps.of(kind)).forEach((path, keys) -> makeListMap(schema, path, keys));
    return schema;
  }

  private static ObjectNode stringField(String description) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", "string");
    node.put("description", description);
    return node;
  }

  static String apiVersion(CrdKind kind) {
    return kind.group() + "/" + CrdKind.VERSION;
  }

  /** Appends {@code rules} to the node at {@code path}. */
  private static void addRules(ObjectNode schema, String path, List<CelRule> rules) {
    ObjectNode target = node(schema, path);
    JsonNode existing = target.get("x-kubernetes-validations");
    ArrayNode list =
        existing == null ? target.putArray("x-kubernetes-validations") : (ArrayNode) existing;
    rules.forEach(rule -> list.add(rule.toNode()));
  }

  /** Marks the list at {@code path} as a map keyed by {@code keys} (which its items require). */
  private static void makeListMap(ObjectNode schema, String path, List<String> keys) {
    ObjectNode list = node(schema, path);
    List<String> required = new ArrayList<>();
    list.path("items").path("required").forEach(key -> required.add(key.asString()));
    if (!"array".equals(list.path("type").asString("")) || !required.containsAll(keys)) {
      throw new IllegalStateException(path + " is not a list whose items require " + keys);
    }
    list.put("x-kubernetes-list-type", "map");
    ArrayNode names = list.putArray("x-kubernetes-list-map-keys");
    keys.forEach(names::add);
  }

  /** The schema node at a field path ("spec.shardings[].name"); a missing one is a bug. */
  private static ObjectNode node(ObjectNode schema, String path) {
    JsonNode node = schema;
    for (String part : path.split("\\.")) {
      boolean items = part.endsWith("[]");
      String name = items ? part.substring(0, part.length() - 2) : part;
      node = node.path("properties").path(name);
      if (items) {
        node = node.path("items");
      }
    }
    if (!node.isObject()) {
      throw new IllegalStateException("no field " + path + " in the schema");
    }
    return (ObjectNode) node;
  }
}
