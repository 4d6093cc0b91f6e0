package dev.kbforge.compiler.crd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** kbforge's JSON Schemas, read from the schemas module on the classpath. Not thread-safe. */
final class SchemaFiles {
  /** Where the schemas module puts them. */
  static final String CLASSPATH = "dev/kbforge/schemas/";

  /** Their {@code $id} prefix; an absolute {@code $ref} starts with it. */
  static final String ID_PREFIX = "https://kbforge.dev/schemas/";

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final Map<String, JsonNode> loaded = new HashMap<>();

  /** The schema file {@code name} (e.g. {@code cluster.schema.json}), parsed once. */
  JsonNode get(String name) {
    return loaded.computeIfAbsent(name, SchemaFiles::read);
  }

  private static JsonNode read(String name) {
    String resource = CLASSPATH + name;
    try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema " + resource + " is not on the classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + resource, e);
    }
  }
}
