package dev.kbforge.compiler.bench;

import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.pipeline.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A fleet of generated Clusters for benchmarks and tests: N copies of an addon's example Clusters,
 * the examples in turn (so they spread over its topologies), each named {@code <name>-<i>}.
 */
public final class GeneratedClusters {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final Path addon;
  private final List<JsonNode> examples;

  private GeneratedClusters(Path addon, List<JsonNode> examples) {
    this.addon = addon;
    this.examples = examples;
  }

  /** The example Clusters of the addon at {@code addon} (its examples/ folder). */
  public static GeneratedClusters of(Path addon) {
    List<JsonNode> examples = examples(addon.resolve("examples"));
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no example Clusters under " + addon.resolve("examples"));
    }
    return new GeneratedClusters(addon, examples);
  }

  /** The addon's own inputs: its addon.yaml (when there is one) and definitions/. */
  public List<Path> definitionPaths() {
    List<Path> paths = new ArrayList<>();
    if (Files.isRegularFile(addon.resolve("addon.yaml"))) {
      paths.add(addon.resolve("addon.yaml"));
    }
    paths.add(addon.resolve("definitions"));
    return paths;
  }

  /** The YAML of generated Cluster {@code i}. */
  public String cluster(int i) {
    ObjectNode cluster = (ObjectNode) examples.get(i % examples.size()).deepCopy();
    ObjectNode metadata = cluster.withObjectProperty("metadata");
    metadata.put("name", metadata.path("name").asString() + "-" + i);
    return YAML.writeValueAsString(cluster);
  }

  /** The definitions plus {@code n} Clusters, in memory. */
  public SourceReader.Inputs inputs(int n) {
    SourceReader.Inputs definitions = SourceReader.read(definitionPaths());
    List<SourceText> texts = new ArrayList<>(definitions.texts());
    for (int i = 0; i < n; i++) {
      texts.add(new SourceText("generated/cluster-" + i + ".yaml", cluster(i)));
    }
    return new SourceReader.Inputs(texts, definitions.templates());
  }

  /**
   * Writes {@code n} Clusters into {@code dir}, one file each, as a user's fleet repository holds
   * them; returns the paths to give {@code kb render}: the definitions, then {@code dir}.
   */
  public List<Path> write(int n, Path dir) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) {
        Files.writeString(dir.resolve("cluster-" + i + ".yaml"), cluster(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> paths = new ArrayList<>(definitionPaths());
    paths.add(dir);
    return paths;
  }

  private static List<JsonNode> examples(Path dir) {
    List<JsonNode> clusters = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return clusters;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class)
            .forEachRemaining(
                doc -> {
                  if ("Cluster".equals(doc.path("kind").asString(""))) {
                    clusters.add(doc);
                  }
                });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return clusters;
  }
}
