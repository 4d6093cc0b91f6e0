package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TerminationOptOutsTest {
  private static ClusterInfo cluster(String policy) {
    String yaml =
        Samples.CLUSTER.replace("terminationPolicy: Delete", "terminationPolicy: " + policy);
    return LowerFixtures.cluster(LowerFixtures.load("c.yaml", yaml), LowerFixtures.STATEFULSET);
  }

  private static ObjectNode object(String annotations) {
    ObjectNode object = Manifests.NODES.objectNode();
    object.put("kind", "ConfigMap");
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", "x");
    if (annotations != null) {
      metadata.putObject("annotations").put("argocd.argoproj.io/sync-options", annotations);
    }
    return object;
  }

  @Test
  void doNotTerminateMarksEveryObjectAndKeepsOtherSyncOptions() {
    ObjectNode bare = object(null);
    ObjectNode withOptions = object("ServerSideApply=true, Prune=true");
    TerminationOptOuts.mark(cluster("DoNotTerminate"), List.of(bare, withOptions));

    JsonNode a = bare.path("metadata").path("annotations");
    assertEquals("Prune=false,Delete=false", a.path("argocd.argoproj.io/sync-options").asString());
    assertEquals("disabled", a.path("kustomize.toolkit.fluxcd.io/prune").asString());
    assertEquals("DoNotTerminate", a.path("kbforge.dev/termination-policy").asString());
    assertEquals(
        "ServerSideApply=true,Prune=false,Delete=false",
        withOptions
            .path("metadata")
            .path("annotations")
            .path("argocd.argoproj.io/sync-options")
            .asString());
  }

  @Test
  void backupRelatedObjectsOptOutUnlessWipeOut() {
    for (String policy : List.of("Delete", "WipeOut")) {
      ObjectNode backup = object(null);
      backup.put("apiVersion", "dataprotection.kubeblocks.io/v1alpha1");
      backup.put("kind", "BackupSchedule");
      TerminationOptOuts.mark(cluster(policy), List.of(backup));
      assertEquals(
          policy.equals("Delete") ? "disabled" : "",
          backup
              .path("metadata")
              .path("annotations")
              .path("kustomize.toolkit.fluxcd.io/prune")
              .asString(""),
          policy);
    }
  }

  @Test
  void otherPoliciesLeaveObjectsAlone() {
    for (String policy : List.of("Delete", "WipeOut", "")) {
      ObjectNode bare = object(null);
      TerminationOptOuts.mark(cluster(policy), List.of(bare));
      assertFalse(bare.path("metadata").has("annotations"), policy);
    }
  }
}
