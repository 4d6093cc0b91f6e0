package dev.kbforge.compiler.bench;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.emit.ClusterObjects;
import dev.kbforge.compiler.emit.TreeWriter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.pipeline.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures {@code kb render} on generated clusters: N copies of an addon's example Clusters (so
 * they spread over its topologies), each with its own name, compiled with the addon's definitions
 * into the in-memory GitOps tree (load, validate, resolve, vars, templates, lower, emit; the write
 * to disk is left out). Compared with the floor: Jackson serialising the same output objects to
 * YAML (the kubeblocks target's shared definitions are left out of the floor). A benchmark you run
 * and read (kb bench render), never a timed assertion.
 */
public final class RenderBenchmark {
  /** One measured render. */
  public record Report(
      int clusters,
      int objects,
      int files,
      double renderMillis,
      double floorMillis,
      long peakHeapBytes,
      int errors,
      double writeMillis) {

    public double objectsPerSecond() {
      return objects / (renderMillis / 1000.0);
    }

    public double ratioToFloor() {
      return renderMillis / floorMillis;
    }
  }

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private RenderBenchmark() {}

  /**
   * Renders {@code clusters} generated Clusters with the addon at {@code addon} (its addon.yaml,
   * definitions/ and templates/), after one warm-up render of {@code warmup} clusters.
   */
  public static Report run(Path addon, int clusters, int warmup, RenderOptions options) {
    return run(addon, clusters, warmup, options, null);
  }

  /** As above, then writes the tree to {@code out} (when not null) and times that too. */
  public static Report run(Path addon, int clusters, int warmup, RenderOptions options, Path out) {
    SourceReader.Inputs definitions = definitions(addon);
    List<JsonNode> examples = examples(addon.resolve("examples"));
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no example Clusters under " + addon.resolve("examples"));
    }
    Pipeline pipeline = new Pipeline();
    if (warmup > 0) {
      pipeline.compile(generate(definitions, examples, warmup), options, new Reporter());
    }
    SourceReader.Inputs inputs = generate(definitions, examples, clusters);
    System.gc();
    Reporter reporter = new Reporter();
    Floor floor = new Floor();
    HeapSampler heap = HeapSampler.start();
    long t0 = System.nanoTime();
    Compiled compiled = pipeline.compile(inputs, options, reporter, floor::serialise);
    long t1 = System.nanoTime();
    long peak = heap.stop();
    double write = -1;
    if (out != null) {
      long w0 = System.nanoTime();
      new TreeWriter().write(compiled.tree(), out);
      write = (System.nanoTime() - w0) / 1e6;
    }
    return new Report(
        compiled.clusters(),
        compiled.objects(),
        compiled.tree().size(),
        (t1 - t0 - floor.nanos) / 1e6,
        floor.nanos / 1e6,
        peak,
        reporter.errorCount(),
        write);
  }

  private static SourceReader.Inputs definitions(Path addon) {
    List<Path> paths = new ArrayList<>();
    if (Files.isRegularFile(addon.resolve("addon.yaml"))) {
      paths.add(addon.resolve("addon.yaml"));
    }
    paths.add(addon.resolve("definitions"));
    return SourceReader.read(paths);
  }

  /** The definitions plus {@code n} Clusters, the examples in turn, named {@code <name>-<i>}. */
  static SourceReader.Inputs generate(
      SourceReader.Inputs definitions, List<JsonNode> examples, int n) {
    List<SourceText> texts = new ArrayList<>(definitions.texts());
    for (int i = 0; i < n; i++) {
      ObjectNode cluster = (ObjectNode) examples.get(i % examples.size()).deepCopy();
      ObjectNode metadata = cluster.withObjectProperty("metadata");
      metadata.put("name", metadata.path("name").asString() + "-" + i);
      texts.add(
          new SourceText("generated/cluster-" + i + ".yaml", YAML.writeValueAsString(cluster)));
    }
    return new SourceReader.Inputs(texts, definitions.templates());
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
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return clusters;
  }

  /**
   * The floor: Jackson's YAML mapper serialising each compiled cluster's objects as they come
   * (timed on its own and left out of the render time).
   */
  private static final class Floor {
    long nanos;
    long bytes;

    void serialise(ClusterObjects cluster) {
      long t0 = System.nanoTime();
      for (ObjectNode object : cluster.objects()) {
        bytes += YAML.writeValueAsBytes(object).length;
      }
      nanos += System.nanoTime() - t0;
      sink = bytes; // keeps the work from being optimised away
    }
  }

  private static volatile long sink;
}
