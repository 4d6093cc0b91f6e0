package dev.kbforge.compiler.crd;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: validates documents against a generated CRD's openAPIV3Schema, read as a JSON Schema
 * 2020-12 (close enough for a structural schema) with the OpenAPI forms mapped back: {@code
 * nullable}, {@code x-kubernetes-int-or-string} and boolean exclusive bounds. Like the API server,
 * it drops null fields first (no field of ours is nullable) and does not reject unknown fields (the
 * server prunes them). CEL rules are not evaluated.
 */
final class CrdSchemaValidator {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Schema schema;

  CrdSchemaValidator(JsonNode crd) {
    ObjectNode jsonSchema = (ObjectNode) toJsonSchema(SchemaNodes.openApiSchema(crd));
    jsonSchema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    this.schema = REGISTRY.getSchema(jsonSchema);
  }

  /** The errors as {@code pointer keyword} strings; empty when the document is accepted. */
  List<String> errors(JsonNode document) {
    JsonNode copy = document.deepCopy();
    dropNulls(copy);
    List<String> errors = new ArrayList<>();
    for (Error error : schema.validate(copy)) {
      errors.add(pointer(error.getInstanceLocation()) + " " + error.getKeyword());
    }
    return errors;
  }

  private static JsonNode toJsonSchema(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(item -> copy.add(toJsonSchema(item)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node).objectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (key.equals("enum") || key.equals("default")) {
        copy.set(key, entry.getValue());
      } else if (!key.startsWith("x-kubernetes-") && !key.equals("nullable")) {
        copy.set(key, toJsonSchema(entry.getValue()));
      }
    }
    if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
      copy.putArray("type").add("integer").add("string");
    }
    if (node.path("nullable").asBoolean(false)) {
      copy.putArray("type").add(node.get("type").asString()).add("null");
    }
    exclusive(copy, "exclusiveMinimum", "minimum");
    exclusive(copy, "exclusiveMaximum", "maximum");
    return copy;
  }

  private static void exclusive(ObjectNode schema, String exclusive, String inclusive) {
    JsonNode flag = schema.remove(exclusive);
    if (flag != null && flag.asBoolean()) {
      schema.set(exclusive, schema.remove(inclusive));
    }
  }

  private static void dropNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (entry.getValue().isNull()) {
          nulls.add(entry.getKey());
        }
      }
      nulls.forEach(object::remove);
      object.forEach(CrdSchemaValidator::dropNulls);
    } else if (node.isArray()) {
      node.forEach(CrdSchemaValidator::dropNulls);
    }
  }

  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      out.append('/').append(path.getElement(i));
    }
    return out.toString();
  }
}
