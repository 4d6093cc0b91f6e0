package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which policy prunes what (apis/apps/v1/cluster_types.go TerminationPolicyType). */
class PruneRulesTest {
  private static GenericKubernetesResource object(String apiVersion, String kind, String... ann) {
    String annotations = String.join(", ", Arrays.asList(ann));
    return Fixture.object(
        """
        apiVersion: %s
        kind: %s
        metadata:
          name: x
          namespace: demo
          labels: {app.kubernetes.io/instance: redis}
          annotations: {%s}
        """
            .formatted(apiVersion, kind, annotations));
  }

  private static String keep(GenericKubernetesResource o, String policy) {
    return PruneRules.keepReason(o, policy, true);
  }

  @Test
  void deleteAndWipeOutPruneClaimsAndGeneratedSecretsAndUnknownKeepsThem() {
    GenericKubernetesResource claim = object("v1", "PersistentVolumeClaim");
    GenericKubernetesResource secret =
        object("v1", "Secret", "kbforge.dev/generated-credentials: 'true'");
    for (String policy : new String[] {"Delete", "WipeOut"}) {
      assertNull(keep(claim, policy), policy);
      assertNull(keep(secret, policy), policy);
    }
    for (String policy : new String[] {null, "Unheard"}) {
      assertNotNull(keep(claim, policy));
      assertNotNull(keep(secret, policy));
    }
    assertNull(keep(object("v1", "ConfigMap"), null)); // config holds no data
  }

  @Test
  void doNotTerminateKeepsEverything() {
    for (String kind : new String[] {"ConfigMap", "Service", "PersistentVolumeClaim"}) {
      assertEquals(
          "cluster demo/redis has terminationPolicy DoNotTerminate",
          keep(object("v1", kind), "DoNotTerminate"));
    }
  }

  @Test
  void handWrittenOptOutsAreHonouredButKbforgesFollowThePolicy() {
    String argo = "argocd.argoproj.io/sync-options: 'Validate=false, Prune=false'";
    String flux = "kustomize.toolkit.fluxcd.io/prune: disabled";
    assertNotNull(keep(object("v1", "ConfigMap", argo), "Delete"));
    assertNotNull(keep(object("v1", "ConfigMap", flux), "Delete"));
    String rendered = "kbforge.dev/termination-policy: DoNotTerminate";
    // rendered when the cluster was DoNotTerminate; it is Delete now
    assertNull(keep(object("v1", "ConfigMap", argo, flux, rendered), "Delete"));
  }

  @Test
  void backupsGoOnlyWithWipeOutAndNeverWithDeletionPolicyRetain() {
    GenericKubernetesResource backup = object("dataprotection.kubeblocks.io/v1alpha1", "Backup");
    assertNotNull(keep(backup, "Delete"));
    assertNull(keep(backup, "WipeOut"));
    backup.setAdditionalProperty("spec", java.util.Map.of("deletionPolicy", "Retain"));
    assertEquals("Backup with deletionPolicy Retain", keep(backup, "WipeOut"));
  }

  @Test
  void crdsAndNamespacesAreNeverPruned() {
    assertNotNull(keep(object("apiextensions.k8s.io/v1", "CustomResourceDefinition"), "WipeOut"));
    assertNotNull(keep(object("v1", "Namespace"), "WipeOut"));
  }
}
