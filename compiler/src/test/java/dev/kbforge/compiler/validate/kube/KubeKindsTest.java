package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in kinds as fabric8's model jars list them. */
class KubeKindsTest {
  private final KubeKinds kinds = KubeKinds.instance();

  @Test
  void findsModelsByApiVersionAndKind() {
    assertEquals(Optional.of(Service.class), kinds.model("v1", "Service"));
    assertEquals(
        Optional.of(NetworkPolicy.class), kinds.model("networking.k8s.io/v1", "NetworkPolicy"));
    assertEquals(
        Optional.of(PodDisruptionBudget.class),
        kinds.model("policy/v1beta1", "PodDisruptionBudget"));
    assertEquals(Optional.empty(), kinds.model("v1", "Servce"));
    assertEquals(Optional.empty(), kinds.model("apps/v1", "Service"));
    assertEquals(Optional.empty(), kinds.model("v1", "ServiceList"), "lists are not documents");
  }

  @Test
  void tellsBuiltInGroupsFromOtherProjects() {
    assertTrue(kinds.builtInGroup("v1"));
    assertTrue(kinds.builtInGroup("networking.k8s.io/v1"));
    assertTrue(kinds.builtInGroup("apps/v1beta9"), "the group decides, not the version");
    assertFalse(kinds.builtInGroup("monitoring.coreos.com/v1"));
    assertTrue(kinds.kindsOf("apps/v1").contains("StatefulSet"));
  }

  @Test
  void knowsWhichKindsAreNamespaced() {
    assertTrue(KubeKinds.namespaced(kinds.model("v1", "Service").orElseThrow()));
    assertFalse(KubeKinds.namespaced(kinds.model("v1", "Namespace").orElseThrow()));
    assertFalse(
        KubeKinds.namespaced(kinds.model("scheduling.k8s.io/v1", "PriorityClass").orElseThrow()));
  }
}
