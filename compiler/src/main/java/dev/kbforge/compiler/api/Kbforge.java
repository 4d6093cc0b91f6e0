package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.SortedMap;

/**
 * The compiler's single entry point for front ends (CLI, Maven plugin). Front ends build one
 * request, make one call and print the result.
 */
public interface Kbforge {

  /**
   * Validates everything under the request's paths as one set.
   *
   * @throws InputException when a path is missing or unreadable
   */
  ValidateResult validate(ValidateRequest request);

  /**
   * Compiles every Cluster under the request's paths and, when there are no errors (warnings count
   * as errors under {@code strict}), replaces the output folder with the new tree. A render with
   * errors writes nothing at all.
   *
   * @throws InputException when a path is missing or unreadable
   * @throws OutputException when the output folder cannot be used or written (the previous tree is
   *     then left as it was)
   */
  RenderResult render(RenderRequest request);

  /**
   * The files {@link #crds(Path)} writes, as text: one CustomResourceDefinition per KubeBlocks kind
   * ({@code <plural>.<group>.yaml}: ClusterDefinition, ComponentDefinition, ComponentVersion,
   * ShardingDefinition, Cluster, InstanceSet), generated from kbforge's schemas, and a
   * kustomization.yaml listing them. Same bytes on every call.
   */
  SortedMap<String, String> crds();

  /**
   * Writes the files of {@link #crds()} to {@code out}, replacing a folder kbforge wrote before
   * atomically (a failure leaves it as it was).
   *
   * @throws OutputException when {@code out} cannot be used or written
   */
  CrdResult crds(Path out);

  /**
   * Renders one template file with the given values, as {@code kb render} renders it: a Go
   * text/template (sprig's and KubeBlocks' functions; Go's {@code missingkey=default} unless asked
   * for {@code error}), or Pebble for {@code *.peb}. Reads the two files; writes nothing.
   *
   * @throws InputException when the template or values file cannot be read
   */
  TemplateResult template(TemplateRequest request);

  /** The version of kbforge, e.g. {@code 0.1.0-SNAPSHOT}. */
  String version();

  /** The compiler implementation on the classpath (found with {@link ServiceLoader}). */
  static Kbforge create() {
    return ServiceLoader.load(Kbforge.class, Kbforge.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("kbforge compiler not on the classpath"));
  }
}
