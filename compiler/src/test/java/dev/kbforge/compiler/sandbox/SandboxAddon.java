package dev.kbforge.compiler.sandbox;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.emit.OutputTree;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the repo's redis addon in a temporary folder, with a folder beside it ({@code
 * outside/}) holding a secret that nothing may read: the stage of the sandbox suite's attacks.
 */
final class SandboxAddon {
  static final String SECRET = "kbforge-sandbox-secret-7f3a9c";

  final Path root;
  final Path addon;
  final Path outside;
  final Path out;

  SandboxAddon(Path tmp) throws IOException {
    root = tmp;
    addon = tmp.resolve("redis");
    outside = Files.createDirectories(tmp.resolve("outside"));
    out = tmp.resolve("gitops");
    copy(ProjectRoot.find().resolve("addons/redis"), addon);
    Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    Files.writeString(
        outside.resolve("secret.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + SECRET + "\ndata: {}\n");
  }

  RenderResult render(Path... paths) {
    List<Path> inputs = paths.length == 0 ? List.of(addon) : List.of(paths);
    return Kbforge.create().render(new RenderRequest(inputs, out, RenderOptions.defaults(), false));
  }

  List<Diagnostic> validate(Path... paths) {
    List<Path> inputs = paths.length == 0 ? List.of(addon) : List.of(paths);
    return Kbforge.create().validate(new ValidateRequest(inputs, false)).diagnostics();
  }

  /**
   * Compiles the addon in memory, as a render does before it writes (phases 0 to 4 run even when
   * phase 0 refused a file), and says whether the secret reached any object of the tree: this is
   * what proves that a refused link was not read.
   */
  boolean compiledTreeHoldsSecret() {
    OutputTree tree =
        new Pipeline()
            .compile(SourceReader.read(List.of(addon)), RenderOptions.defaults(), new Reporter())
            .tree();
    return tree.files().keySet().stream().anyMatch(path -> tree.text(path).contains(SECRET));
  }

  /** Whether the secret shows anywhere in the output folder. */
  boolean treeHoldsSecret() throws IOException {
    if (!Files.isDirectory(out)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (Files.readString(file, StandardCharsets.UTF_8).contains(SECRET)) {
          return true;
        }
      }
    }
    return false;
  }

  Path link(String at, Path target) throws IOException {
    Path link = addon.resolve(at);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(
          source -> {
            try {
              Path target = to.resolve(from.relativize(source).toString());
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
