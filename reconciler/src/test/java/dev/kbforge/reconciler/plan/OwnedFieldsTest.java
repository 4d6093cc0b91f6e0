package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnedFieldsTest {
  static final String LIVE =
      """
      metadata:
        labels: {a: "1", b: "2"}
        managedFields:
        - manager: kbforge
          operation: Apply
          fieldsV1:
            f:metadata: {f:labels: {f:a: {}, f:b: {}}}
            f:spec:
              f:ports:
                k:{"port":80,"protocol":"TCP"}: {.: {}, f:port: {}}
                k:{"port":81,"protocol":"TCP"}: {.: {}, f:port: {}}
        - manager: someone-else
          operation: Update
          fieldsV1: {f:spec: {f:extra: {}}}
      spec:
        extra: x
        ports: [{port: 80, protocol: TCP}, {port: 81, protocol: TCP}]
      """;

  @Test
  void findsFieldsKbforgeAppliedThatTheTreeDropped() {
    String desired = "metadata: {labels: {a: '1'}}\nspec: {ports: [{port: 80}]}\n";
    List<String> removed =
        OwnedFields.removed(DifferTest.yaml(desired), DifferTest.yaml(LIVE)).stream()
            .map(FieldDiff::toString)
            .toList();
    assertEquals(
        List.of(
            "metadata.labels.b: \"2\" -> (absent)",
            "spec.ports[{\"port\":81,\"protocol\":\"TCP\"}]: {\"port\":81,\"protocol\":\"TCP\"} ->"
                + " (absent)"),
        removed);
  }

  @Test
  void nothingWhenTheTreeStillSetsEverything() {
    String desired =
        "metadata: {labels: {a: '1', b: '2'}}\nspec: {ports: [{port: 80}, {port: 81}]}\n";
    assertEquals(List.of(), OwnedFields.removed(DifferTest.yaml(desired), DifferTest.yaml(LIVE)));
  }
}
