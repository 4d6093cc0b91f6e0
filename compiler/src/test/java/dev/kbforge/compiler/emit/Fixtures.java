package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builders and readers shared by the emit tests. */
final class Fixtures {
  private Fixtures() {}

  /**
   * A minimal object of {@code apiVersion}/{@code kind} named {@code name} in {@code namespace}.
   */
  static ObjectNode object(String apiVersion, String kind, String namespace, String name) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    if (namespace != null) {
      metadata.put("namespace", namespace);
    }
    return object;
  }

  static ObjectNode configMap(String namespace, String name, Map<String, String> data) {
    ObjectNode object = object("v1", "ConfigMap", namespace, name);
    ObjectNode dataNode = object.putObject("data");
    data.forEach(dataNode::put);
    return object;
  }

  /** Reads YAML the way the project (and Kubernetes) reads it; fails on any diagnostic. */
  static JsonNode read(byte[] yaml) {
    return read(new String(yaml, StandardCharsets.UTF_8));
  }

  static JsonNode read(String yaml) {
    Reporter reporter = new Reporter();
    List<SourceDocument> docs =
        new YamlLoader().load(SourceFile.of("out.yaml", yaml), yaml, reporter);
    if (reporter.size() > 0 || docs.size() != 1) {
      throw new AssertionError("not one clean document: " + reporter.diagnostics() + "\n" + yaml);
    }
    return docs.get(0).root();
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Every regular file under {@code dir} by relative path, with its text. */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          files.put(dir.relativize(file).toString(), Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
