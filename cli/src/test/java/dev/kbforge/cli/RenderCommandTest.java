package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kb render}: arguments, summary line and exit status, run in-process. */
class RenderCommandTest {
  @TempDir Path dir;

  private String redis() {
    return Trees.root().resolve("addons/redis").toString();
  }

  private String out() {
    return dir.resolve("out").toString();
  }

  @Test
  void rendersTheRedisExamplesAndSaysWhatItWrote() throws IOException {
    Run run = Run.of("render", redis(), "--out", out());
    assertEquals(0, run.status(), run.out() + run.err());
    String summary = run.out().lines().reduce((a, b) -> b).orElse("");
    assertTrue(summary.startsWith("rendered 4 cluster(s), "), summary);
    assertTrue(summary.endsWith(" 0 changed, 0 unchanged, 0 removed"), summary);
    assertTrue(
        Files.isRegularFile(dir.resolve("out/default/redis-replication/kustomization.yaml")));
    assertTrue(Trees.objectFiles(dir.resolve("out")) > 3);
  }

  @Test
  void withCrdsPutsTheCrdsFirstInTheTree() throws IOException {
    Run run = Run.of("render", "--with-crds", redis(), "--out", out());
    assertEquals(0, run.status(), run.out() + run.err());
    Path crds = dir.resolve("out/crds");
    assertTrue(
        Files.isRegularFile(
            crds.resolve("customresourcedefinition-clusters.apps.kubeblocks.io.yaml")));
    assertTrue(
        Files.isRegularFile(
            crds.resolve("customresourcedefinition-instancesets.workloads.kubeblocks.io.yaml")));
    String crd =
        Files.readString(crds.resolve("customresourcedefinition-clusters.apps.kubeblocks.io.yaml"));
    assertTrue(crd.contains("argocd.argoproj.io/sync-wave: \"-2\"\n"), "before wave -1");
    String root = Files.readString(dir.resolve("out/kustomization.yaml"));
    int crdsAt = root.indexOf("- crds");
    assertTrue(crdsAt > 0 && crdsAt < root.indexOf("- default/"), root);
    Run without = Run.of("render", redis(), "--out", out());
    assertEquals(0, without.status(), without.out());
    assertFalse(Files.exists(crds), "a render without --with-crds drops crds/");
  }

  @Test
  void aSecondRenderChangesNothing() {
    assertEquals(0, Run.of("render", redis(), "--out", out()).status());
    Run again = Run.of("render", redis(), "--out", out());
    assertEquals(0, again.status(), again.out());
    assertTrue(again.out().contains(" 0 file(s) added, 0 changed, "), again.out());
    assertTrue(again.out().contains(" 0 removed"), again.out());
  }

  @Test
  void everyTargetAndSecretsModeIsAccepted() {
    for (String target : new String[] {"instanceset", "StatefulSet"}) {
      for (String secrets : new String[] {"apply", "external-secrets"}) {
        Run run =
            Run.of(
                "render",
                redis(),
                "--out",
                out(),
                "--target",
                target,
                "--secrets",
                secrets,
                "--cluster-domain",
                "corp.example");
        assertEquals(0, run.status(), target + "/" + secrets + ": " + run.out() + run.err());
      }
    }
  }

  @Test
  void theKubeBlocksReleaseChoosesKbagentsToolsImage() throws IOException {
    Run run =
        Run.of(
            "render",
            redis(),
            "--out",
            out(),
            "--kubeblocks-version",
            "1.0.2",
            "--image-registry",
            "registry.corp:5000/mirror");
    assertEquals(0, run.status(), run.out() + run.err());
    String its =
        Files.readString(
            dir.resolve("out/default/redis-replication/instanceset-redis-replication-redis.yaml"));
    assertTrue(
        its.contains("image: registry.corp:5000/mirror/apecloud/kubeblocks-tools:1.0.2\n"), its);
  }

  @Test
  void jsonHoldsTheWriteSummaryAndStdoutStaysParseable() {
    Run run = Run.of("render", "--format", "json", redis(), "--out", out());
    assertEquals(0, run.status(), run.err());
    JsonNode write = new JsonMapper().readTree(run.out()).path("write");
    assertTrue(write.path("written").asBoolean(), run.out());
    assertEquals(4, write.path("clusters").asInt(), run.out());
    assertTrue(write.path("added").asInt() > 0, run.out());
    assertEquals(out(), write.path("out").asString());
    assertEquals("", run.err());
    Run again = Run.of("render", "--format", "json", redis(), "--out", out());
    JsonNode second = new JsonMapper().readTree(again.out()).path("write");
    assertEquals(0, second.path("added").asInt(), again.out());
    assertEquals(write.path("added").asInt(), second.path("unchanged").asInt(), again.out());
  }

  @Test
  void sarifKeepsStdoutParseableWithTheSummaryOnStderr() {
    Run run = Run.of("render", "--format", "sarif", redis(), "--out", out());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("{") && run.out().strip().endsWith("}"), run.out());
    assertTrue(run.err().startsWith("rendered 4 cluster(s)"), run.err());
  }

  @Test
  void outIsRequired() {
    Run run = Run.of("render", redis());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--out"), run.err());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void unknownTargetSecretsModeAndDomainAreUsageErrors() {
    String[][] bad = {
      {"--target", "deployment"},
      {"--secrets", "vault"},
      {"--cluster-domain", "Not A Domain"},
      {"--kubeblocks-version", "v1.0"},
      {"--image-registry", "https://docker.io"}
    };
    for (String[] option : bad) {
      Run run = Run.of("render", redis(), "--out", out(), option[0], option[1]);
      assertEquals(2, run.status(), String.join(" ", option));
      assertTrue(run.err().contains(option[1]), run.err());
      assertFalse(run.printedStackTrace(), run.err());
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void kubeVersionsThatAreNotMajorMinorOrTooOldAreUsageErrors() {
    for (String bad : new String[] {"1", "v1.x", "abc", "v1.26", "1.26.3", "2.0", "1.19", ""}) {
      Run run = Run.of("render", redis(), "--out", out(), "--kube-version", bad);
      assertEquals(2, run.status(), "'" + bad + "': " + run.out() + run.err());
      assertTrue(run.err().contains("--kube-version"), run.err());
      assertTrue(run.err().contains("'" + bad + "'") || run.err().contains(bad), run.err());
      assertFalse(run.printedStackTrace(), run.err());
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void kubeVersionPicksThePodDisruptionBudgetApiVersion() throws IOException {
    Path pdb =
        dir.resolve(
            "out/default/redis-replication/poddisruptionbudget-redis-replication-redis.yaml");
    Run old = Run.of("render", redis(), "--out", out(), "--kube-version", "1.20");
    assertEquals(0, old.status(), old.out() + old.err());
    assertTrue(
        Files.readString(pdb).startsWith("apiVersion: policy/v1beta1\n"), Files.readString(pdb));
    Run current = Run.of("render", redis(), "--out", out(), "--kube-version", "1.21");
    assertEquals(0, current.status(), current.out() + current.err());
    assertTrue(Files.readString(pdb).startsWith("apiVersion: policy/v1\n"), Files.readString(pdb));
  }

  @Test
  void anOutputFolderThatCannotBeUsedIsOneLineAndExitTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "not a folder\n");
    Run run = Run.of("render", redis(), "--out", file.toString());
    assertEquals(2, run.status(), run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kb: "), run.err());
    assertEquals("not a folder\n", Files.readString(file));
  }

  @Test
  void aFolderKbforgeDidNotWriteIsNotReplaced() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep me\n");
    Run run = Run.of("render", redis(), "--out", mine.toString());
    assertEquals(2, run.status(), run.out());
    assertEquals("keep me\n", Files.readString(mine.resolve("notes.txt")));
  }

  @Test
  void missingInputIsExitTwo() {
    Run run = Run.of("render", dir.resolve("nope").toString(), "--out", out());
    assertEquals(2, run.status());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void helpDescribesTargetsSecretsAndExitStatus() {
    Run run = Run.of("render", "--help");
    assertEquals(0, run.status());
    for (String word :
        new String[] {
          "--out",
          "--target",
          "statefulset",
          "kubeblocks",
          "external-secrets",
          "--kube-version",
          "1.35"
        }) {
      assertTrue(run.out().contains(word), word + " in " + run.out());
    }
    assertTrue(Run.of("--help").out().contains("render"));
  }
}
