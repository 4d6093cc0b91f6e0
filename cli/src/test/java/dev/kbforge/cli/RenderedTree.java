package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tree as {@code kb render} writes it for kbforge's redis addon and its example clusters, plus
 * the KubeBlocks CRDs from {@code kb crds} listed first in the root kustomization (what {@code kb
 * render --with-crds} would give).
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
            "--target",
            target,
            root.resolve("addons/redis").toString(),
            root.resolve("examples/redis-standalone.yaml").toString(),
            "--out",
            out.toString());
    assertEquals(0, render.status(), render.err());
    Run crds = Run.of("crds", "--out", out.resolve("crds").toString());
    assertEquals(0, crds.status(), crds.err());
    Trees.replace(out.resolve("kustomization.yaml"), "resources:\n", "resources:\n- crds\n");
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
