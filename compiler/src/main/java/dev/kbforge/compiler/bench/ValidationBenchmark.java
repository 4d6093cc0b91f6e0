package dev.kbforge.compiler.bench;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.pipeline.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures validation throughput over a corpus held in memory, next to the floor: Jackson's YAML
 * module parsing the same bytes into trees. Used by {@code kb bench validate}; a benchmark you run
 * and read, never a timed assertion.
 */
public final class ValidationBenchmark {
  /** Timings of one benchmark run; times are the mean per pass over the corpus. */
  public record Report(
      int files,
      int documents,
      long bytes,
      int iterations,
      double validateMillis,
      double parseFloorMillis,
      double loadMillis) {

    public double documentsPerSecond() {
      return documents / (validateMillis / 1000.0);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / (validateMillis / 1000.0);
    }

    public double ratioToFloor() {
      return validateMillis / parseFloorMillis;
    }
  }

  private ValidationBenchmark() {}

  public static Report run(List<Path> paths, int warmups, int iterations) {
    List<SourceText> texts = SourceReader.readFiles(paths);
    long bytes =
        texts.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
    Pipeline pipeline = new Pipeline();
    YAMLMapper yaml = YAMLMapper.builder().build();
    int documents = 0;
    for (int i = 0; i < warmups; i++) {
      documents = validateOnce(pipeline, texts);
      parseOnce(yaml, texts);
      loadOnce(pipeline, texts);
    }
    long validate = 0;
    long parse = 0;
    long load = 0;
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      documents = validateOnce(pipeline, texts);
      long t1 = System.nanoTime();
      parseOnce(yaml, texts);
      long t2 = System.nanoTime();
      loadOnce(pipeline, texts);
      long t3 = System.nanoTime();
      validate += t1 - t0;
      parse += t2 - t1;
      load += t3 - t2;
    }
    double n = iterations * 1e6;
    return new Report(
        texts.size(), documents, bytes, iterations, validate / n, parse / n, load / n);
  }

  private static int validateOnce(Pipeline pipeline, List<SourceText> texts) {
    Reporter reporter = new Reporter();
    Pipeline.Loaded loaded = pipeline.load(texts, reporter);
    pipeline.validate(loaded.documents(), reporter);
    return loaded.documents().size();
  }

  private static void loadOnce(Pipeline pipeline, List<SourceText> texts) {
    pipeline.load(texts, new Reporter());
  }

  private static int parseOnce(YAMLMapper yaml, List<SourceText> texts) {
    int count = 0;
    for (SourceText text : texts) {
      try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(text.text())) {
        while (it.hasNext()) {
          if (it.next() != null) {
            count++;
          }
        }
      }
    }
    return count;
  }
}
