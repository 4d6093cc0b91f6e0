package dev.kbforge.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's fuzz suite: seeded mutations ({@link Mutation}) of the repo's redis addon (its
 * definitions, examples, addon.yaml and templates, validated as a whole addon so that every phase
 * runs) and of the upstream addons' definitions in the reference data. Every case must end with
 * exit status 0, 1 or 2, no Throwable escaping, every diagnostic inside its file, and within its
 * bound ({@link FuzzRun}). The seed is fixed so a failure can be replayed; the counts are printed.
 */
class FuzzTest {
  static final long SEED = 20261203L;
  static final int REPO_CASES = 150;
  static final int UPSTREAM_CASES = 150;

  @TempDir Path tmp;

  @Test
  void mutationsOfTheRepoAddon() throws IOException {
    Path addon = copy(ProjectRoot.find().resolve("addons/redis"), tmp.resolve("redis"));
    List<Path> targets;
    try (Stream<Path> files = Files.walk(addon)) {
      targets =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.endsWith("README.md"))
              .sorted()
              .toList();
    }
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < REPO_CASES; i++) {
        Path target = targets.get(i % targets.size());
        byte[] original = Files.readAllBytes(target);
        String label = mutate(target, original, i);
        run.validate("repo case " + i + " (" + label + ")", List.of(addon));
        Files.write(target, original);
      }
      report("repo addon", run);
    }
  }

  /**
   * One upstream document per case (a ComponentDefinition, a ComponentVersion, a template
   * ConfigMap...), taken in turn from all ten rendered addons, mutated and validated alone: small
   * inputs keep the suite fast, and the documents are where the upstream variety is.
   */
  @Test
  void mutationsOfTheUpstreamDefinitions() throws IOException {
    Path reference = ReferenceData.dir().resolve("kubeblocks-addons");
    List<String> documents = new ArrayList<>();
    for (String addon : ReferenceData.ADDONS) {
      String text = Files.readString(reference.resolve(addon + ".yaml"));
      for (String document : text.split("(?m)^---\\s*$")) {
        if (document.contains("kind:")) {
          documents.add(document);
        }
      }
    }
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < UPSTREAM_CASES; i++) {
        int pick = (int) ((i * 7919L) % documents.size()); // spread over every addon
        Path target = tmp.resolve("upstream-" + pick + ".yaml");
        byte[] original = documents.get(pick).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String label = mutate(target, original, i);
        run.validate("upstream case " + i + " (" + label + ")", List.of(target));
        Files.delete(target);
      }
      report("upstream definitions", run);
    }
  }

  /**
   * Writes {@code original} to {@code target} with the case's mutations: every kind in turn, and
   * every third case a second, random one on top. Returns the case's description.
   */
  private static String mutate(Path target, byte[] original, int index) throws IOException {
    Random random = new Random(SEED * 1_000 + index);
    Mutation[] kinds = Mutation.values();
    List<Mutation> applied = new ArrayList<>(List.of(kinds[index % kinds.length]));
    if (index % 3 == 2) {
      applied.add(kinds[random.nextInt(kinds.length)]);
    }
    byte[] bytes = original;
    for (Mutation mutation : applied) {
      bytes = mutation.bytes(bytes, random);
    }
    Files.write(target, bytes);
    return target.getFileName() + " " + applied;
  }

  private static void report(String what, FuzzRun run) {
    System.out.println(
        "fuzz "
            + what
            + ": "
            + run.cases
            + " cases, exit statuses "
            + run.statuses
            + ", "
            + run.failures.size()
            + " failures; slowest "
            + run.slowestNanos / 1_000_000
            + " ms: "
            + run.slowest);
    assertEquals(List.of(), run.failures);
  }

  private static Path copy(Path from, Path to) throws IOException {
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
    return to;
  }
}
