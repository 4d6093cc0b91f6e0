package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Schema 2020-12 keywords and their structural CRD forms, one rule at a time. */
class StructuralSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static void assertConverts(String from, String to) {
    assertEquals(json(to), StructuralSchema.of(json(from)));
  }

  @Test
  void closedObjectsDropAdditionalPropertiesFalseAndOpenOnesKeepUnknownFields() {
    assertConverts(
        """
        {"type": "object", "additionalProperties": false, "properties": {
          "closed": {"type": "object", "additionalProperties": false,
                     "properties": {"a": {"type": "string"}}},
          "open": {"type": "object", "properties": {"a": {"type": "string"}}},
          "any": {"description": "an embedded Kubernetes type"},
          "bare": {"type": "object"},
          "map": {"type": "object", "additionalProperties": {"type": "string"}}
        }}
        """,
        """
        {"type": "object", "properties": {
          "closed": {"type": "object", "properties": {"a": {"type": "string"}}},
          "open": {"type": "object", "properties": {"a": {"type": "string"}},
                   "x-kubernetes-preserve-unknown-fields": true},
          "any": {"description": "an embedded Kubernetes type",
                  "x-kubernetes-preserve-unknown-fields": true},
          "bare": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
          "map": {"type": "object", "additionalProperties": {"type": "string"}}
        }}
        """);
  }

  @Test
  void typesAreInferredAndUnionsMapped() {
    assertConverts(
        """
        {"type": "object", "additionalProperties": false, "properties": {
          "policy": {"enum": ["A", "B"]},
          "fixed": {"const": "v1"},
          "count": {"enum": [1, 2]},
          "port": {"type": ["integer", "string"]},
          "maybe": {"type": ["string", "null"]},
          "list": {"items": {"type": "string"}},
          "name": {"maxLength": 3}
        }}
        """,
        """
        {"type": "object", "properties": {
          "policy": {"enum": ["A", "B"], "type": "string"},
          "fixed": {"enum": ["v1"], "type": "string"},
          "count": {"enum": [1, 2], "type": "integer"},
          "port": {"x-kubernetes-int-or-string": true},
          "maybe": {"type": "string", "nullable": true},
          "list": {"items": {"type": "string"}, "type": "array"},
          "name": {"maxLength": 3, "type": "string"}
        }}
        """);
  }

  @Test
  void exclusiveBoundsBecomeBooleans() {
    assertConverts(
        """
        {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 5}
        """,
        """
        {"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 5}
        """);
  }

  @Test
  void annotationsWithoutAPlaceInACrdGo() {
    assertConverts(
        """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x", "title": "T",
         "examples": ["a"], "$comment": "c", "type": "string", "description": "kept"}
        """,
        """
        {"type": "string", "description": "kept"}
        """);
  }

  @Test
  void keyLimitsDependenciesAndConditionsBecomeCelRules() {
    assertConverts(
        """
        {"type": "object", "additionalProperties": false,
         "properties": {"a": {"type": "string"}, "b": {"type": "string"},
                        "namespace": {"type": "string"}},
         "dependentRequired": {"a": ["b", "namespace"]},
         "if": {"required": ["a"], "properties": {"a": {"minLength": 1}}},
         "then": {"required": ["b"]}}
        """,
        """
        {"type": "object",
         "properties": {"a": {"type": "string"}, "b": {"type": "string"},
                        "namespace": {"type": "string"}},
         "x-kubernetes-validations": [
           {"rule": "!has(self.a) || (has(self.b) && has(self.__namespace__))",
            "message": "b, namespace required when a is set"},
           {"rule": "!has(self.a) || size(self.a) < 1 || has(self.b)",
            "message": "b required when a is set"}]}
        """);
    assertConverts(
        """
        {"type": "object", "propertyNames": {"maxLength": 32, "pattern": "^[a-z]+$"},
         "additionalProperties": {"type": "string", "maxLength": 256}}
        """,
        """
        {"type": "object", "additionalProperties": {"type": "string", "maxLength": 256},
         "x-kubernetes-validations": [
           {"rule": "self.all(k, size(k) <= 32)",
            "message": "keys may not be longer than 32 characters"},
           {"rule": "self.all(k, k.matches('^[a-z]+$'))", "message": "keys must match ^[a-z]+$"}]}
        """);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}",
        "{\"anyOf\": [{\"type\": \"string\"}]}",
        "{\"not\": {\"type\": \"string\"}}",
        "{\"type\": \"object\", \"patternProperties\": {\"^a\": {\"type\": \"string\"}}}",
        "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}",
        "{\"type\": [\"string\", \"boolean\"]}",
        "{\"enum\": [\"a\", 1]}",
        "{\"type\": \"object\", \"properties\": {}, \"additionalProperties\": {}}",
        "{\"if\": {\"properties\": {\"a\": {\"const\": 1}}}, \"then\": {\"required\": [\"b\"]}}",
        "{\"type\": \"object\", \"propertyNames\": {\"enum\": [\"a\"]}}"
      })
  void aKeywordWithoutACrdEquivalentIsABug(String schema) {
    assertThrows(IllegalStateException.class, () -> StructuralSchema.of(json(schema)));
  }
}
