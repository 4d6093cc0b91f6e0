package dev.kbforge.compiler.kubeversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The gate on objects made up for the purpose: what no lowerer produces today. */
class KubeVersionGateTest {
  private static final JsonMapper JSON = new JsonMapper();

  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: kv
      spec:
        terminationPolicy: DoNotTerminate
        services:
          - name: lb
            spec:
              loadBalancerClass: example.org/lb
      """;

  private static ClusterInfo cluster() {
    Reporter reporter = new Reporter();
    SourceDocument doc =
        new YamlLoader().load(SourceFile.of("cluster.yaml", CLUSTER), CLUSTER, reporter).get(0);
    return new ClusterInfo("kv", "default", "DoNotTerminate", doc, RenderOptions.defaults());
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) JSON.readTree(json);
  }

  private static List<String> codes(Reporter reporter) {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + " " + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void aGeneratedFieldWithNoSourceLineIsAnErrorAtTheCluster() {
    ObjectNode service =
        object(
            "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"spec\":{\"ipFamilyPolicy\":\"SingleStack\"}}");
    Reporter reporter = new Reporter();
    KubeVersionGate gate = new KubeVersionGate(new KubeVersion(1, 20));
    gate.cluster(List.of(service), cluster(), reporter);
    gate.cluster(List.of(service.deepCopy()), cluster(), reporter);
    assertEquals(List.of("KB5501 4:9"), codes(reporter), "once per Cluster and field");
    assertTrue(reporter.diagnostics().get(0).message().contains("spec.ipFamilyPolicy"));
  }

  @Test
  void aClusterServiceFieldIsTracedToTheCluster() {
    ObjectNode service =
        object(
            "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"spec\":{\"loadBalancerClass\":\"x\"}}");
    Reporter reporter = new Reporter();
    new KubeVersionGate(new KubeVersion(1, 21)).cluster(List.of(service), cluster(), reporter);
    assertEquals(List.of("KB5500 10:9"), codes(reporter));
    Reporter served = new Reporter();
    new KubeVersionGate(new KubeVersion(1, 22)).cluster(List.of(service), cluster(), served);
    assertEquals(List.of(), codes(served));
  }

  @Test
  void aGeneratedRetainingPolicyIsLeftOutSilently() {
    ObjectNode sts =
        object(
            """
            {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"kv-db"},
             "spec":{"volumeClaimTemplates":[{"metadata":{"name":"data"}}],
                     "persistentVolumeClaimRetentionPolicy":
                       {"whenDeleted":"Retain","whenScaled":"Retain"}}}
            """);
    Reporter reporter = new Reporter();
    new KubeVersionGate(new KubeVersion(1, 26)).cluster(List.of(sts), cluster(), reporter);
    assertEquals(List.of(), codes(reporter));
    assertFalse(sts.path("spec").has("persistentVolumeClaimRetentionPolicy"));
  }

  @Test
  void aGeneratedDeletingPolicyWarnsOnlyWhenThereAreClaims() {
    String template =
        """
        {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"kv-db"},
         "spec":{%s"persistentVolumeClaimRetentionPolicy":
                   {"whenDeleted":"Delete","whenScaled":"Delete"}}}
        """;
    ObjectNode withClaims =
        object(template.formatted("\"volumeClaimTemplates\":[{\"metadata\":{\"name\":\"d\"}}],"));
    ObjectNode without = object(template.formatted(""));
    Reporter reporter = new Reporter();
    new KubeVersionGate(new KubeVersion(1, 26))
        .cluster(List.of(withClaims, without), cluster(), reporter);
    assertEquals(List.of("KB5502 6:22"), codes(reporter), "at the terminationPolicy");
    Diagnostic warning = reporter.diagnostics().get(0);
    assertTrue(warning.message().contains("1.27") && warning.hint().contains("kb apply --prune"));
    assertFalse(without.path("spec").has("persistentVolumeClaimRetentionPolicy"));
  }

  @Test
  void objectsOfOtherApiVersionsKeepTheirs() {
    ObjectNode pdb = object("{\"apiVersion\":\"policy/v1\",\"kind\":\"PodDisruptionBudget\"}");
    ObjectNode foreign =
        object("{\"apiVersion\":\"example.org/v1\",\"kind\":\"PodDisruptionBudget\"}");
    new KubeVersionGate(new KubeVersion(1, 20))
        .cluster(List.of(pdb, foreign), cluster(), new Reporter());
    assertEquals("policy/v1beta1", pdb.path("apiVersion").asString());
    assertEquals("example.org/v1", foreign.path("apiVersion").asString());
  }
}
