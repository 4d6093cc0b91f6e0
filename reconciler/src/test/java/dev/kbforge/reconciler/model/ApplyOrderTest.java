package dev.kbforge.reconciler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ApplyOrderTest {
  @Test
  void groupsInOrderAndKeepsTreeOrderWithin() {
    List<String> kinds =
        List.of(
            "PodDisruptionBudget",
            "StatefulSet",
            "Service",
            "Secret",
            "ConfigMap",
            "ClusterRole",
            "ServiceAccount",
            "Namespace",
            "CustomResourceDefinition",
            "InstanceSet",
            "Deployment");
    assertEquals(
        List.of(
            "CustomResourceDefinition",
            "Namespace",
            "ClusterRole",
            "ServiceAccount",
            "Secret",
            "ConfigMap",
            "Service",
            "StatefulSet",
            "InstanceSet",
            "Deployment",
            "PodDisruptionBudget"),
        ApplyOrder.sort(kinds, Function.identity()));
  }
}
