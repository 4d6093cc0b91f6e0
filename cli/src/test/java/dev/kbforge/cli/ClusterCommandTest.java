package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb cluster} and {@code kb ops apply} in-process: exit statuses, one clear line or a
 * diagnostic for bad input, the file untouched whenever the edit is refused, {@code --dry-run}
 * writing nothing, {@code kb cluster create} printing a Cluster that validates.
 */
class ClusterCommandTest {
  @TempDir Path tmp;
  Path file;
  String original;
  String addons;

  @BeforeEach
  void copyExample() throws IOException {
    file = tmp.resolve("cluster.yaml");
    Files.copy(Trees.root().resolve("addons/redis/examples/cluster-replication.yaml"), file);
    original = Files.readString(file);
    addons = Trees.root().resolve("addons/redis").toString();
  }

  private Run kb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--addons", addons));
    return Run.of(all.toArray(String[]::new));
  }

  private void untouched() throws IOException {
    assertEquals(original, Files.readString(file), "the file is untouched");
  }

  @Test
  void hscaleEditsTheFileAndSaysSo() throws IOException {
    Run run = kb("cluster", "hscale", file.toString(), "--component", "redis", "--replicas", "3");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("edited "), run.out());
    assertEquals(
        original.replace("      replicas: 2\n", "      replicas: 3\n"), Files.readString(file));
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Run run =
        kb(
            "cluster",
            "volume-expand",
            file.toString(),
            "--components",
            "redis",
            "-t",
            "data",
            "--storage",
            "40Gi",
            "--dry-run");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains("-                storage: 20Gi\n+                storage: 40Gi\n"),
        run.out());
    assertTrue(run.out().contains("note: volume 'data': the StorageClass"), run.out());
    untouched();
  }

  @Test
  void aMissingFileIsOneLineAndExitOne() {
    Run run = kb("cluster", "stop", tmp.resolve("nope.yaml").toString());
    assertEquals(1, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kb: no such file: "), run.err());
  }

  @Test
  void refusedEditsAreDiagnosticsExitOneAndLeaveTheFile() throws IOException {
    String f = file.toString();
    List<List<String>> refused =
        List.of(
            List.of("cluster", "hscale", f, "--component", "nosuch", "--replicas", "2", "KB6002"),
            List.of("cluster", "hscale", f, "--component", "redis", "--replicas", "6", "KB4040"),
            List.of(
                "cluster",
                "volume-expand",
                f,
                "--component",
                "redis",
                "--volume",
                "data",
                "--size",
                "1Gi",
                "KB6003"),
            List.of(
                "cluster",
                "upgrade",
                f,
                "--component",
                "redis",
                "--service-version",
                "5.0.0",
                "KB4030"),
            List.of("cluster", "hscale", f, "--cluster", "other", "--replicas", "2", "KB6001"));
    for (List<String> args : refused) {
      Run run = kb(args.subList(0, args.size() - 1).toArray(String[]::new));
      String code = args.get(args.size() - 1);
      assertEquals(1, run.status(), args + ": " + run.err());
      assertTrue(run.err().contains("error[" + code + "]"), args + ": " + run.err());
      assertTrue(run.err().contains("kb: nothing written"), run.err());
      untouched();
    }
  }

  @Test
  void withoutAddonsItIsAUsageError() {
    Run run = Run.of("cluster", "stop", file.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--addons"), run.err());
  }

  @Test
  void opsApplyCarriesOutAnOpsRequestAndRefusesSwitchover() throws IOException {
    Path ops = tmp.resolve("ops.yaml");
    Files.writeString(
        ops,
        """
        apiVersion: operations.kubeblocks.io/v1alpha1
        kind: OpsRequest
        metadata:
          name: restart
        spec:
          clusterName: redis-replication
          type: Restart
          restart:
            - componentName: redis-sentinel
        """);
    Run run =
        kb(
            "ops",
            "apply",
            ops.toString(),
            "--cluster-file",
            file.toString(),
            "--time",
            "2026-12-03T10:00:00Z");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        Files.readString(file)
            .contains(
                "    - name: redis-sentinel\n      annotations:\n"
                    + "        kubeblocks.io/restart: \"2026-12-03T10:00:00Z\"\n"));
    Files.writeString(file, original);
    Files.writeString(ops, Files.readString(ops).replace("type: Restart", "type: Switchover"));
    Run switchover = kb("ops", "apply", ops.toString(), "--cluster-file", file.toString());
    assertEquals(1, switchover.status());
    assertTrue(switchover.err().contains("ops.yaml:7:9: error[KB6011]"), switchover.err());
    untouched();
  }

  @Test
  void createPrintsACommentedClusterThatValidates() throws IOException {
    Run run =
        Run.of(
            "cluster",
            "create",
            "mydb",
            "--addon",
            addons,
            "--topology",
            "replication",
            "--replicas",
            "2",
            "--namespace",
            "shop");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("topology: replication\n"), run.out());
    assertTrue(run.out().contains("# Pods of this component"), run.out());
    Path created = tmp.resolve("mydb.yaml");
    Files.writeString(created, run.out());
    Path redis = Trees.root().resolve("addons/redis");
    Run validate =
        Run.of(
            "validate",
            redis.resolve("addon.yaml").toString(),
            redis.resolve("definitions").toString(),
            created.toString());
    assertEquals(0, validate.status(), validate.out());
  }

  @Test
  void createWithAnUnknownTopologyFails() {
    Run run = Run.of("cluster", "create", "mydb", "--addon", addons, "--topology", "nosuch");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("KB6020"), run.err());
    assertEquals("", run.out());
  }
}
