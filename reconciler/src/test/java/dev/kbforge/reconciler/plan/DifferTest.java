package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DifferTest {
  static JsonNode yaml(String text) {
    return Serialization.yamlMapper().readTree(text);
  }

  static List<String> diff(String desired, String live) {
    return Differ.diff(yaml(desired), yaml(live)).stream().map(FieldDiff::toString).toList();
  }

  @Test
  void ignoresWhatTheServerAdds() {
    String desired = "kind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n";
    String live =
        """
        kind: Service
        metadata: {name: a, uid: u, resourceVersion: "7", generation: 2,
          creationTimestamp: "2024-01-01T00:00:00Z", managedFields: [{manager: x}]}
        spec:
          clusterIP: 10.0.0.1
          ports: [{port: 80, protocol: TCP, targetPort: 80}]
        status: {loadBalancer: {}}
        """;
    assertEquals(List.of(), diff(desired, live));
  }

  @Test
  void reportsChangedMissingAndListLengths() {
    String desired =
        """
        metadata:
          labels: {app.kubernetes.io/name: redis, tier: db}
        spec:
          replicas: 3
          args: [a, b]
        """;
    String live =
        """
        metadata:
          labels: {app.kubernetes.io/name: other}
        spec:
          replicas: 1
          args: [a]
        """;
    assertEquals(
        List.of(
            "metadata.labels[\"app.kubernetes.io/name\"]: \"other\" -> \"redis\"",
            "metadata.labels.tier: (absent) -> \"db\"",
            "spec.replicas: 1 -> 3",
            "spec.args: [\"a\"] -> [\"a\",\"b\"]"),
        diff(desired, live));
  }

  @Test
  void comparesNumbersAndQuantitiesByValue() {
    String desired =
        """
        spec:
          ratio: 1.0
          resources: {limits: {cpu: 1000m, memory: 1Gi}, requests: {cpu: "0.5"}}
          name: "1000m"
        """;
    String live =
        """
        spec:
          ratio: 1
          resources: {limits: {cpu: "1", memory: 1073741824}, requests: {cpu: 500m}}
          name: "1"
        """;
    assertEquals(List.of("spec.name: \"1\" -> \"1000m\""), diff(desired, live));
  }

  @Test
  void emptyDesiredValuesAskForNothing() {
    assertEquals(
        List.of(), diff("metadata: {annotations: {}}\nspec: {a: null, b: []}\n", "spec: {}\n"));
  }

  @Test
  void secretStringDataComparesAsData() {
    JsonNode desired = Normalizer.forCompare(yaml("kind: Secret\nstringData: {password: abc}\n"));
    JsonNode live = yaml("kind: Secret\ndata: {password: YWJj}\n");
    assertEquals(List.of(), Differ.diff(desired, live));
  }
}
