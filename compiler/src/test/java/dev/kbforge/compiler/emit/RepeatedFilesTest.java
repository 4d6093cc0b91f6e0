package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.configMap;
import static dev.kbforge.compiler.emit.Fixtures.read;
import static dev.kbforge.compiler.emit.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Large mappings of text files are written once and then served from {@link RepeatedFiles}: the
 * bytes must be those a fresh write gives, and any difference in the texts must miss the cache.
 */
class RepeatedFilesTest {
  private static final String SCRIPT =
      "#!/bin/sh\nset -e\n" + "echo \"starting\" # a line of a long script\n".repeat(150);

  private static Map<String, String> scripts(String script) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("start.sh", script);
    data.put("check.sh", "#!/bin/sh\nexit 0\n");
    return data;
  }

  @Test
  void acceptsOnlyLargeMappingsOfStrings() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode large = nodes.objectNode().put("a.sh", SCRIPT);
    ObjectNode small = nodes.objectNode().put("a.sh", "echo hi\n");
    ObjectNode mixed = nodes.objectNode().put("a.sh", SCRIPT).put("n", 1);
    assertTrue(RepeatedFiles.worthCaching(large));
    assertFalse(RepeatedFiles.worthCaching(small));
    assertFalse(RepeatedFiles.worthCaching(mixed));
    assertFalse(RepeatedFiles.worthCaching(nodes.textNode(SCRIPT)));
  }

  @Test
  void anEqualMappingGetsTheBytesAFreshWriteGives() {
    ObjectNode first = configMap("default", "first", scripts(SCRIPT));
    first.put("immutable", true);
    ObjectNode second = configMap("default", "second", scripts(SCRIPT));
    second.put("immutable", true);
    byte[] once = ManifestWriter.write(first);
    byte[] again = ManifestWriter.write(second); // its data from the cache

    assertEquals(text(once).replace("name: first", "name: second"), text(again));
    assertEquals(second, read(again));
    assertTrue(text(again).startsWith("apiVersion: v1\nkind: ConfigMap\nmetadata:\n"));
    assertTrue(text(again).endsWith("\nimmutable: true\n"), "the entries after data follow it");
  }

  @Test
  void aMappingThatDiffersInOneCharacterIsWrittenAnew() {
    ManifestWriter.write(configMap("default", "first", scripts(SCRIPT)));
    String changed = SCRIPT.replaceFirst("starting", "Starting");
    ObjectNode second = configMap("default", "second", scripts(changed));

    assertEquals(second, read(ManifestWriter.write(second)));
  }

  @Test
  void theSameTextsUnderAnotherKeyAreNotMixedUp() {
    ObjectNode object = configMap("default", "both", scripts(SCRIPT));
    object.set("binaryData", object.get("data").deepCopy());
    String yaml = text(ManifestWriter.write(object));

    assertEquals(object, read(yaml));
    assertTrue(yaml.indexOf("\nbinaryData:\n") < yaml.indexOf("\ndata:\n"), yaml);
  }

  @Test
  void theCacheStaysBoundedByTheCharactersItHolds() {
    for (int i = 0; i < 1_000; i++) { // 6 MB of texts that differ every time
      ManifestWriter.write(configMap("default", "n" + i, scripts(SCRIPT + i)));
    }
    assertTrue(
        RepeatedFiles.cache().chars() <= 4L << 20, "chars: " + RepeatedFiles.cache().chars());
  }

  @Test
  void anEmptyObjectIsStillAnEmptyMapping() {
    assertEquals("{}\n", text(ManifestWriter.write(JsonNodeFactory.instance.objectNode())));
  }
}
