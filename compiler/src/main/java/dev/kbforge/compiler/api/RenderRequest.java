package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to render: files and directories taken together as one input set, compiled into a GitOps
 * tree written to {@code out}.
 *
 * @param paths files or directories (searched recursively for {@code *.yaml} and {@code *.yml})
 * @param out the output folder; replaced as a whole, and only when the render has no errors
 * @param options target, secrets mode, cluster domain
 * @param strict turn warnings into errors (a render with warnings then writes nothing)
 * @param withCrds also write the KubeBlocks CustomResourceDefinitions under {@code crds/}
 */
public record RenderRequest(
    List<Path> paths, Path out, RenderOptions options, boolean strict, boolean withCrds) {
  public RenderRequest {
    paths = List.copyOf(paths);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
  }

  /** A render without CRDs in the tree. */
  public RenderRequest(List<Path> paths, Path out, RenderOptions options, boolean strict) {
    this(paths, out, options, strict, false);
  }
}
