package dev.kbforge.compiler.kubeversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The table of API facts: in step with docs/kube-versions.md, and covering what kbforge emits. */
class KubeApiFactsTest {
  private static List<String> rows(String heading) throws IOException {
    List<String> lines = Files.readAllLines(ProjectRoot.find().resolve("docs/kube-versions.md"));
    int start = lines.indexOf("## " + heading);
    assertTrue(start >= 0, "docs/kube-versions.md has no section " + heading);
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| ") && !line.startsWith("| kind |") && !line.startsWith("| object |")) {
        rows.add(line);
      }
    }
    return rows;
  }

  @Test
  void theDocumentListsTheApiVersionsOfTheTable() throws IOException {
    List<String> expected =
        KubeApiFacts.API_VERSIONS.stream()
            .map(
                f ->
                    "| %s | %s | %s | %s |"
                        .formatted(f.kind(), f.apiVersion(), f.since(), f.older())
                        .replace("|  |", "| |"))
            .toList();
    assertEquals(expected, rows("API versions"));
  }

  @Test
  void theDocumentListsTheFieldsOfTheTable() throws IOException {
    List<String> expected =
        KubeApiFacts.FIELDS.stream()
            .map(
                f ->
                    "| %s | `%s` | %s | %s | %s |"
                        .formatted(
                            f.scope().label(), f.displayPath(), f.value(), f.since(), f.feature())
                        .replace("|  |", "| |"))
            .toList();
    assertEquals(expected, rows("Fields"));
  }

  @Test
  void everyRowMattersForSomeSupportedReleaseAndTheDefaultServesAll() {
    for (FieldFact f : KubeApiFacts.FIELDS) {
      assertTrue(f.since().compareTo(KubeVersion.MINIMUM) > 0, f + " is served by every release");
      assertTrue(KubeVersion.DEFAULT.atLeast(f.since()), f + " is newer than the default");
      assertFalse(f.sources().isEmpty(), f + " names no place where users write it");
    }
    for (ApiVersionFact f : KubeApiFacts.API_VERSIONS) {
      boolean needsOlder = f.since().compareTo(KubeVersion.MINIMUM) > 0;
      assertEquals(needsOlder, !f.older().isEmpty(), f.kind());
    }
  }

  @Test
  void apiVersionsChangeAtTheirRelease() {
    ApiVersionFact pdb = KubeApiFacts.apiVersion("PodDisruptionBudget").orElseThrow();
    assertEquals("policy/v1beta1", pdb.apiVersionFor(new KubeVersion(1, 20)));
    assertEquals("policy/v1", pdb.apiVersionFor(new KubeVersion(1, 21)));
    assertEquals("policy/v1", pdb.apiVersionFor(KubeVersion.DEFAULT));
    assertEquals(
        "apps/v1",
        KubeApiFacts.apiVersion("StatefulSet").orElseThrow().apiVersionFor(KubeVersion.MINIMUM));
  }

  /**
   * Every Kubernetes API group/version the redis addon's examples compile to, for both workload
   * targets and both secrets modes, has its row (core v1 and the operators' own groups excepted): a
   * new kind in a lowerer must be looked at for its versions.
   */
  @Test
  void everyKubernetesKindKbforgeEmitsHasARow() {
    Path redis = ProjectRoot.find().resolve("addons/redis");
    Set<String> kinds = new TreeSet<>();
    for (Target target : List.of(Target.INSTANCESET, Target.STATEFULSET)) {
      for (SecretsMode secrets : SecretsMode.values()) {
        RenderOptions options =
            new RenderOptions(target, secrets, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
        new Pipeline()
            .compile(
                SourceReader.read(List.of(redis)),
                options,
                new Reporter(),
                cluster ->
                    cluster
                        .objects()
                        .forEach(
                            o ->
                                kinds.add(
                                    o.path("apiVersion").asString()
                                        + " "
                                        + o.path("kind").asString())));
      }
    }
    assertTrue(kinds.size() > 5, kinds.toString());
    List<String> missing = new ArrayList<>();
    for (String kind : kinds) {
      String apiVersion = kind.substring(0, kind.indexOf(' '));
      boolean operators =
          apiVersion.startsWith("workloads.kubeblocks.io/")
              || apiVersion.contains("external-secrets.io/");
      if (!apiVersion.equals("v1")
          && !operators
          && KubeApiFacts.apiVersion(kind.substring(kind.indexOf(' ') + 1)).isEmpty()) {
        missing.add(kind);
      }
    }
    assertEquals(List.of(), missing, "kinds without a row in KubeApiFacts.API_VERSIONS");
  }
}
