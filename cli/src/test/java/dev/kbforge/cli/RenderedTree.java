package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tree as {@code kb render --with-crds} writes it for kbforge's redis addon, its example clusters
 * and {@code examples/redis-standalone.yaml}: the KubeBlocks CRDs first, then one folder per
 * cluster.
 */
final class RenderedTree {
  private RenderedTree() {}

  /**
   * @param target the render target (instanceset, statefulset)
   * @return the tree's folder
   */
  static Path redis(Path tmp, String target) {
    Path out = tmp.resolve("out");
    Path root = Trees.root();
    Run render =
        Run.of(
            "render",
            "--with-crds",
            "--target",
            target,
            root.resolve("addons/redis").toString(),
            root.resolve("examples/redis-standalone.yaml").toString(),
            "--out",
            out.toString());
    assertEquals(0, render.status(), render.err());
    return out;
  }

  /** Drops {@code file} (relative to the tree) and its line in its folder's kustomization. */
  static void remove(Path tree, String file) {
    Path path = tree.resolve(file);
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Trees.replace(
        path.getParent().resolve("kustomization.yaml"), "- " + path.getFileName() + "\n", "");
  }
}
