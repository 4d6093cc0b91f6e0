package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every generated CRD schema is structural; the walker that says so does catch violations. */
class CrdStructuralTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @EnumSource(CrdKind.class)
  void everyGeneratedSchemaIsStructural(CrdKind kind) {
    JsonNode schema = SchemaNodes.openApiSchema(new CrdGenerator().generate(kind));
    assertTrue(SchemaNodes.all(schema).size() > 10, "schema nodes of " + kind);
    assertEquals(List.of(), StructuralRules.violations(schema));
  }

  @Test
  void theWalkerFindsEachKindOfViolation() {
    JsonNode bad =
        JSON.readTree(
            """
            {"type": "object", "properties": {
              "metadata": {"type": "object", "maxProperties": 3},
              "a": {"$ref": "#/$defs/X"},
              "b": {"type": "object", "additionalProperties": false},
              "c": {"type": "object", "properties": {"x": {"type": "string"}},
                    "additionalProperties": {"type": "string"}},
              "d": {"type": ["integer", "string"]},
              "e": {"type": "array"},
              "f": {"type": "object"},
              "g": {"type": "integer", "minimum": 0, "exclusiveMinimum": 0},
              "h": {"type": "object", "required": ["y"], "properties": {}},
              "i": {"type": "string", "enum": ["x", 1]},
              "j": {"type": "string", "x-kubernetes-int-or-string": true},
              "k": {"type": "object", "x-kubernetes-preserve-unknown-fields": true,
                    "x-kubernetes-validations": [{"rule": "true"}]},
              "l": {"type": "string", "propertyNames": {"maxLength": 3}},
              "m": {"type": "array", "x-kubernetes-list-type": "map",
                    "x-kubernetes-list-map-keys": ["id"],
                    "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
            }}
            """);
    List<String> found = StructuralRules.violations(bad);
    List<String> paths = found.stream().map(v -> v.substring(0, v.indexOf(':'))).toList();
    assertEquals(
        List.of("metadata", "a", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"),
        paths,
        String.join("\n", found));
  }
}
