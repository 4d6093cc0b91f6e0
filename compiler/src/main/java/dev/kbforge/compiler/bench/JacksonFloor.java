package dev.kbforge.compiler.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The floor a render is compared with: plain Jackson 3 parsing every file of the tree the render
 * wrote and writing it again, to a file of its own, on one thread. The least work that turns parsed
 * YAML into that tree on disk, with nothing of kbforge in it. Also counts the tree.
 */
final class JacksonFloor {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /**
   * One pass over a tree.
   *
   * @param files files in the tree
   * @param objects files that hold a Kubernetes object (every file but the kustomizations)
   * @param bytes bytes in the tree
   * @param millis the pass's time
   */
  record Pass(int files, int objects, long bytes, double millis) {}

  private JacksonFloor() {}

  /** Parses and rewrites every file of {@code tree} into {@code into} (replaced), timed. */
  static Pass run(Path tree, Path into) {
    List<Path> files = files(tree);
    rewrite(tree, files.subList(0, Math.min(files.size(), 2_000)), into); // JIT warm-up
    long t0 = System.nanoTime();
    long bytes = rewrite(tree, files, into);
    long t1 = System.nanoTime();
    int objects =
        (int)
            files.stream()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .count();
    return new Pass(files.size(), objects, bytes, (t1 - t0) / 1e6);
  }

  private static long rewrite(Path tree, List<Path> files, Path into) {
    try {
      Scratch.delete(into);
      long bytes = 0;
      for (Path file : files) {
        byte[] in = Files.readAllBytes(file);
        JsonNode node = YAML.readTree(in);
        Path dest = into.resolve(tree.relativize(file));
        Files.createDirectories(dest.getParent());
        Files.write(dest, YAML.writeValueAsBytes(node));
        bytes += in.length;
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path tree) {
    try (Stream<Path> walk = Files.walk(tree)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
