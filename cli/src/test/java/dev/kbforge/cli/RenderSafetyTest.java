package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input exits 1 with diagnostics and leaves an existing tree byte for byte as it was (every
 * file hashed, with its modification time); nothing is ever written outside {@code --out}.
 */
class RenderSafetyTest {
  @TempDir Path inputs;
  @TempDir Path parent;

  private Path addon;

  private Path out() {
    return parent.resolve("out");
  }

  /** Renders the redis addon as copied, then again after {@code breakIt}: must fail, untouched. */
  private Run renderBroken(Consumer<Path> breakIt, String... paths) {
    addon = Trees.copyAddon("redis", inputs);
    String[] args = args(paths);
    Run good = Run.of(args);
    assertEquals(0, good.status(), good.out() + good.err());
    Map<String, String> before = Trees.snapshot(out());
    Map<String, String> parentBefore = Trees.snapshot(parent);
    breakIt.accept(addon);
    Run bad = Run.of(args);
    assertEquals(1, bad.status(), bad.out() + bad.err());
    assertTrue(bad.out().contains("nothing written: "), bad.out());
    assertFalse(bad.printedStackTrace(), bad.err());
    assertEquals(before, Trees.snapshot(out()), "the previous tree changed");
    assertEquals(parentBefore, Trees.snapshot(parent), "something was written beside --out");
    return bad;
  }

  private String[] args(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "render";
    for (int i = 0; i < paths.length; i++) {
      args[i + 1] = addon.resolve(paths[i]).toString();
    }
    args[paths.length + 1] = "--out";
    args[paths.length + 2] = out().toString();
    return args;
  }

  @Test
  void unknownClusterDefinition() {
    Run run =
        renderBroken(
            a ->
                Trees.replace(
                    a.resolve("examples/cluster-standalone.yaml"),
                    "clusterDef: redis",
                    "clusterDef: redis-nope"),
            ".");
    assertTrue(run.out().contains("cluster-standalone.yaml:8:15: error[KB4010]"), run.out());
  }

  @Test
  void missingTemplateFile() {
    Run run =
        renderBroken(
            a -> {
              try (Stream<Path> files = Files.list(a.resolve("templates/redis-config"))) {
                for (Path file : files.toList()) {
                  Files.delete(file);
                }
                Files.delete(a.resolve("templates/redis-config"));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            ".");
    assertTrue(run.out().contains("error[KB5401]"), run.out());
    assertTrue(run.out().contains("definitions/cmpd-redis.yaml:45:17: error[KB5401]"), run.out());
  }

  @Test
  void templateError() {
    Run run =
        renderBroken(
            a -> {
              try {
                Path conf = a.resolve("templates/redis-config/redis.conf.peb");
                Files.writeString(conf, Files.readString(conf) + "maxclients {{ MAX_CLIENTS }}\n");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            ".");
    assertTrue(run.out().contains("redis.conf.peb:"), run.out());
    assertTrue(run.out().contains(": error[KB5002]"), run.out());
  }

  @Test
  void unresolvableVar() {
    // the standalone topology has no Sentinel: a required reference to its service cannot resolve
    Run run =
        renderBroken(
            a ->
                Trees.replace(
                    a.resolve("definitions/cmpd-redis.yaml"),
                    "          name: redis-sentinel\n          optional: true\n",
                    "          name: redis-sentinel\n          optional: false\n"),
            "addon.yaml",
            "definitions",
            "examples/cluster-standalone.yaml");
    assertTrue(
        run.out().contains("examples/cluster-standalone.yaml:12:7: error[KB5210]"), run.out());
  }

  @Test
  void aRenderIntoANewFolderCreatesOnlyThatFolder() throws IOException {
    addon = Trees.copyAddon("redis", inputs);
    Files.writeString(parent.resolve("neighbour.txt"), "untouched\n");
    Map<String, String> before = Trees.snapshot(parent);
    Run run = Run.of(args("."));
    assertEquals(0, run.status(), run.out());
    Map<String, String> after = Trees.snapshot(parent);
    after.keySet().removeIf(path -> path.startsWith("out/") && !path.equals("out/"));
    before.put("out/", "dir");
    assertEquals(before, after);
  }
}
