package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A made-up addon "tiny" under {@code <dir>/addons/tiny/} (addon.yaml, a ClusterDefinition, a
 * ComponentDefinition {@code tiny-1.0} with config {@code tiny-config} and script {@code
 * tiny-scripts}, a ComponentVersion, the template folders) plus Clusters, rendered with {@link
 * StubPhases}.
 */
final class CompileFixture {
  static final String ADDON =
      """
      apiVersion: kbforge.dev/v1alpha1
      kind: Addon
      metadata:
        name: tiny
      spec:
        version: 0.1.0
      """;

  static final String DEFINITIONS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ClusterDefinition
      metadata:
        name: tiny
      spec:
        topologies:
          - name: one
            default: true
            components:
              - name: db
                compDef: tiny
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: tiny-1.0
      spec:
        serviceVersion: 1.0.0
        configs:
          - name: config
            template: tiny-config
            volumeName: conf
        scripts:
          - name: scripts
            template: tiny-scripts
            volumeName: scripts
            defaultMode: 0555
        runtime:
          containers:
            - name: db
              image: example.org/tiny:1.0.0
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentVersion
      metadata:
        name: tiny
      spec:
        compatibilityRules:
          - compDefs: ["tiny"]
            releases: ["1.0.0"]
        releases:
          - name: 1.0.0
            serviceVersion: 1.0.0
            images:
              db: example.org/tiny:1.0.0
      """;

  static final String CONFIG =
      "port {{ PORT }}\nname {{ component.fullName }}.{{ cluster.namespace }}\n"
          + "replicas {{ component.replicas }}\n";

  /** A script: not Pebble, so a Go template; braces meant literally go through a Go string. */
  static final String SCRIPT =
      "#!/bin/sh\nx=abc; echo ${#x} {# not a comment #} {{ \"{{ raw }}\" }}\n";

  static String cluster(String name) {
    return """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: %s
          namespace: demo
        spec:
          clusterDef: tiny
          terminationPolicy: Delete
          componentSpecs:
            - name: db
              replicas: 2
        """
        .formatted(name);
  }

  private final Path dir;

  CompileFixture(Path dir) {
    this.dir = dir;
  }

  /** The addon with both template folders. */
  CompileFixture addon() {
    return file("addons/tiny/addon.yaml", ADDON)
        .file("addons/tiny/definitions/tiny.yaml", DEFINITIONS)
        .file("addons/tiny/templates/tiny-config/tiny.conf.peb", CONFIG)
        .file("addons/tiny/templates/tiny-scripts/start.sh", SCRIPT);
  }

  CompileFixture file(String name, String text) {
    try {
      Path path = dir.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  CompileFixture delete(String name) {
    try {
      Files.delete(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path path(String name) {
    return dir.resolve(name);
  }

  RenderResult render(Path out, Target target, String... paths) {
    List<Path> inputs = List.of(paths).stream().map(dir::resolve).toList();
    RenderOptions options =
        new RenderOptions(target, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
    return new Pipeline(StubPhases.create()).render(new RenderRequest(inputs, out, options, false));
  }

  ValidateResult validate(String... paths) {
    List<Path> inputs = List.of(paths).stream().map(dir::resolve).toList();
    return new Pipeline(StubPhases.create()).validate(new ValidateRequest(inputs, false));
  }

  /** Each diagnostic as {@code CODE@file:line:col}, the file relative to the fixture folder. */
  List<String> codes(List<Diagnostic> diagnostics) {
    String prefix = dir.normalize().toString().replace('\\', '/') + "/";
    return diagnostics.stream()
        .map(
            d ->
                d.code()
                    + "@"
                    + (d.file().startsWith(prefix) ? d.file().substring(prefix.length()) : d.file())
                    + ":"
                    + d.line()
                    + ":"
                    + d.column())
        .toList();
  }
}
