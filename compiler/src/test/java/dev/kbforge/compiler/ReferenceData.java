package dev.kbforge.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The upstream reference data ({@code ../shared/reference} beside the project: real KubeBlocks
 * definitions, example Clusters and CRDs), read by conformance tests at run time. Tests that need
 * it skip, with a clear message, when it is absent.
 */
public final class ReferenceData {
  private ReferenceData() {}

  /**
   * The reference folder: {@code <root>/../shared/reference}, or the nearest {@code
   * shared/reference} above the root (a git worktree may sit deeper than the main checkout), or
   * wherever the environment variable {@code KBFORGE_REFERENCE} points. Skips the calling test when
   * there is none.
   */
  public static Path dir() {
    String env = System.getenv("KBFORGE_REFERENCE");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "kubeblocks-addons"))) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    Path root = ProjectRoot.find();
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference");
      if (Files.isDirectory(candidate.resolve("kubeblocks-addons"))) {
        return candidate;
      }
    }
    Path expected = root.resolve("../shared/reference").normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(expected), "reference data not found at ../shared/reference; skipping");
    return expected;
  }

  /**
   * The rendered upstream addons ({@code kubeblocks-addons/<addon>.yaml}) the reference data holds:
   * their definitions and template ConfigMaps. The {@code <addon>.other.yaml} files beside them
   * hold other kinds only (ActionSets, BackupPolicyTemplates, ...) and are not listed.
   */
  public static final List<String> ADDONS =
      List.of(
          "clickhouse",
          "elasticsearch",
          "etcd",
          "kafka",
          "mongodb",
          "mysql",
          "postgresql",
          "redis",
          "valkey",
          "zookeeper");

  /**
   * The definition files of the rendered addons, sorted: every {@code *.yaml} directly under {@code
   * kubeblocks-addons/} except the {@code *.other.yaml} files.
   */
  public static List<Path> addonFiles() {
    try (Stream<Path> list = Files.list(addons())) {
      return list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().endsWith(".other.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code kubeblocks-addons/} of the reference folder. */
  public static Path addons() {
    return dir().resolve("kubeblocks-addons");
  }
}
