package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.read;
import static dev.kbforge.compiler.emit.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ManifestWriterTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A StatefulSet built with every key in an unhelpful order. */
  private static ObjectNode scrambled() {
    ObjectNode object = NODES.objectNode();
    object.putObject("status").put("replicas", 0);
    ObjectNode spec = object.putObject("spec");
    ObjectNode template = spec.putObject("template");
    template
        .putObject("spec")
        .putArray("containers")
        .addObject()
        .put("name", "redis")
        .put("image", "redis:7.2.4");
    template.putObject("metadata").putObject("labels").put("zone", "a").put("app", "redis");
    spec.put("serviceName", "redis-headless");
    spec.put("replicas", 3);
    ObjectNode metadata = object.putObject("metadata");
    metadata.putObject("annotations").put("b", "2").put("a", "1");
    metadata.putObject("labels").put("z", "1").put("app", "redis");
    metadata.put("uid", "x");
    metadata.put("namespace", "default");
    metadata.put("name", "redis");
    object.put("kind", "StatefulSet");
    object.put("apiVersion", "apps/v1");
    return object;
  }

  @Test
  void writesKeysInTheKubernetesOrder() {
    String expected =
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: redis
          namespace: default
          labels:
            app: redis
            z: "1"
          annotations:
            a: "1"
            b: "2"
          uid: x
        spec:
          replicas: 3
          serviceName: redis-headless
          template:
            metadata:
              labels:
                app: redis
                zone: a
            spec:
              containers:
              - image: redis:7.2.4
                name: redis
        status:
          replicas: 0
        """;
    assertEquals(expected, text(ManifestWriter.write(scrambled())));
  }

  @Test
  void sameObjectBuiltInAnotherOrderGivesTheSameBytes() {
    ObjectNode reordered = NODES.objectNode();
    JsonNode source = scrambled();
    for (String key : new String[] {"apiVersion", "metadata", "kind", "status", "spec"}) {
      reordered.set(key, source.get(key).deepCopy());
    }
    assertArrayEquals(ManifestWriter.write(scrambled()), ManifestWriter.write(reordered));
  }

  @Test
  void leavesItsArgumentAlone() {
    ObjectNode object = scrambled();
    ManifestWriter.write(object);
    assertEquals("status", object.propertyNames().iterator().next());
  }

  @Test
  void writesLfOnlyWithoutDocumentMarkersAndEndsWithANewline() {
    ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
    object.putObject("data").put("crlf", "a\r\nb\r\n").put("cr", "a\rb").put("text", "x\ny\n");
    String yaml = text(ManifestWriter.write(object));
    assertFalse(yaml.contains("\r"), yaml);
    assertFalse(yaml.startsWith("---"), yaml);
    assertFalse(yaml.contains("\n---"), yaml);
    assertTrue(yaml.endsWith("\n") && !yaml.endsWith("\n\n"), yaml);
    assertEquals("a\r\nb\r\n", read(yaml).at("/data/crlf").asString());
    assertEquals("a\rb", read(yaml).at("/data/cr").asString());
  }

  @Test
  void multiLineStringsAreLiteralBlocksThatKeepTheirTrailingNewlines() {
    ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
    object
        .putObject("data")
        .put("clip", "a\nb\n")
        .put("keep", "a\nb\n\n")
        .put("strip", "a\nb")
        .put("indented", "  x\ny\n");
    String yaml = text(ManifestWriter.write(object));
    assertTrue(yaml.contains("  clip: |\n    a\n    b\n"), yaml);
    assertTrue(yaml.contains("  keep: |+\n    a\n    b\n\n"), yaml);
    assertTrue(yaml.contains("  strip: |-\n    a\n    b\n"), yaml);
    assertTrue(yaml.contains("  indented: |2\n      x\n    y\n"), yaml);
    JsonNode data = read(yaml).path("data");
    assertEquals("a\nb\n", data.path("clip").asString());
    assertEquals("a\nb\n\n", data.path("keep").asString());
    assertEquals("a\nb", data.path("strip").asString());
    assertEquals("  x\ny\n", data.path("indented").asString());
  }

  @Test
  void numbersAndBooleansStayTypedAndNumericStringsAreQuoted() {
    ObjectNode object = Fixtures.object("v1", "Service", "default", "s");
    ObjectNode port = object.putObject("spec").putArray("ports").addObject();
    port.put("port", 6379).put("targetPort", "6379").put("name", "redis");
    object.path("spec").withObjectProperty("x").put("ratio", 0.5).put("on", true).putNull("none");
    String yaml = text(ManifestWriter.write(object));
    assertTrue(yaml.contains("  - name: redis\n    port: 6379\n    targetPort: \"6379\"\n"), yaml);
    JsonNode back = read(yaml);
    assertTrue(back.at("/spec/ports/0/port").isIntegralNumber());
    assertTrue(back.at("/spec/ports/0/targetPort").isString());
    assertEquals(0.5, back.at("/spec/x/ratio").asDouble());
    assertTrue(back.at("/spec/x/on").isBoolean());
    assertTrue(back.at("/spec/x/none").isNull());
  }

  @Test
  void longStringsAreNotFolded() {
    String command = "redis-server /etc/redis/redis.conf " + "--loglevel notice ".repeat(20);
    ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
    object.putObject("data").put("cmd", command.strip());
    String yaml = text(ManifestWriter.write(object));
    assertTrue(yaml.endsWith("\ndata:\n  cmd: " + command.strip() + "\n"), yaml);
  }
}
