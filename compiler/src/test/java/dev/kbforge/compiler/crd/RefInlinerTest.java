package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** $ref inlining across files, with the keywords beside a $ref narrowing its target. */
class RefInlinerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Map<String, String> FILES =
      Map.of(
          "common.schema.json",
          """
          {"$defs": {
            "Int32": {"type": "integer", "minimum": -2147483648, "maximum": 2147483647},
            "Meta": {"type": "object", "required": ["name"],
                     "properties": {"name": {"type": "string", "description": "old"}}},
            "Loop": {"type": "object", "properties": {"next": {"$ref": "#/$defs/Loop"}}}
          }}
          """,
          "a.schema.json",
          """
          {"$id": "https://kbforge.dev/schemas/a.schema.json", "type": "object",
           "properties": {
             "replicas": {"$ref": "common.schema.json#/$defs/Int32", "minimum": 0,
                          "description": "count"},
             "meta": {"$ref": "https://kbforge.dev/schemas/common.schema.json#/$defs/Meta",
                      "required": ["uid"],
                      "properties": {"name": {"maxLength": 8, "description": "new"}}},
             "local": {"$ref": "#/$defs/Local"},
             "states": {"enum": [{"$ref": "not a schema"}]}
           },
           "$defs": {"Local": {"$ref": "common.schema.json#/$defs/Int32", "maximum": 9}}}
          """,
          "loop.schema.json",
          """
          {"properties": {"a": {"$ref": "common.schema.json#/$defs/Loop"}}}
          """,
          "clash.schema.json",
          """
          {"properties": {"a": {"$ref": "common.schema.json#/$defs/Int32", "type": "string"}}}
          """);

  private static JsonNode file(String name) {
    String text = FILES.get(name);
    if (text == null) {
      throw new IllegalStateException("no file " + name);
    }
    return JSON.readTree(text);
  }

  @Test
  void refsAreReplacedAndNarrowedByTheKeywordsBesideThem() {
    assertEquals(
        JSON.readTree(
            """
            {"$id": "https://kbforge.dev/schemas/a.schema.json", "type": "object",
             "properties": {
               "replicas": {"type": "integer", "minimum": 0, "maximum": 2147483647,
                            "description": "count"},
               "meta": {"type": "object", "required": ["name", "uid"],
                        "properties": {"name": {"type": "string", "description": "new",
                                                "maxLength": 8}}},
               "local": {"type": "integer", "minimum": -2147483648, "maximum": 9},
               "states": {"enum": [{"$ref": "not a schema"}]}
             }}
            """),
        new RefInliner(RefInlinerTest::file).inline("a.schema.json"));
  }

  @Test
  void aRecursiveRefCannotBeInlined() {
    RefInliner inliner = new RefInliner(RefInlinerTest::file);
    assertThrows(IllegalStateException.class, () -> inliner.inline("loop.schema.json"));
  }

  @Test
  void conflictingKeywordsBesideARefAreABug() {
    RefInliner inliner = new RefInliner(RefInlinerTest::file);
    assertThrows(IllegalStateException.class, () -> inliner.inline("clash.schema.json"));
  }
}
