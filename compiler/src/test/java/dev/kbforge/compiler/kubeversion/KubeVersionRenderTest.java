package dev.kbforge.compiler.kubeversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.compile.CompilePhases;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --kube-version} through the whole pipeline: API versions, refused fields, positions. */
class KubeVersionRenderTest {
  /** A ComponentDefinition that uses fields of 1.22 (line 11), 1.23 (line 7), 1.33 (14, 18). */
  private static final String DEFINITIONS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: kv-1.0
      spec:
        serviceVersion: 1.0.0
        minReadySeconds: 10
        services:
          - name: db
            spec:
              internalTrafficPolicy: Local
              ports: [{name: db, port: 5432}]
        runtime:
          hostUsers: false
          containers:
            - name: db
              image: example.org/kv:1.0.0
              resizePolicy:
                - {resourceName: cpu, restartPolicy: NotRequired}
      """;

  private static final String PLAIN_DEFINITIONS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: kv-1.0
      spec:
        serviceVersion: 1.0.0
        runtime:
          containers:
            - name: db
              image: example.org/kv:1.0.0
      """;

  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: kv
      spec:
        terminationPolicy: %s
        componentSpecs:
          - name: db
            componentDef: kv-1.0
            replicas: 2
            volumeClaimTemplates:
              - name: data
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
      %s""";

  @TempDir Path dir;

  private RenderResult render(String definitions, String cluster, Target target, String version)
      throws IOException {
    return render(definitions, cluster, target, version, false);
  }

  private RenderResult render(
      String definitions, String cluster, Target target, String version, boolean withCrds)
      throws IOException {
    Files.writeString(dir.resolve("cmpd.yaml"), definitions);
    Files.writeString(dir.resolve("cluster.yaml"), cluster);
    RenderOptions options =
        new RenderOptions(
            target,
            SecretsMode.APPLY,
            RenderOptions.DEFAULT_CLUSTER_DOMAIN,
            KubeVersion.parse(version));
    return new Pipeline(CompilePhases.standard())
        .render(
            new RenderRequest(
                List.of(dir.resolve("cmpd.yaml"), dir.resolve("cluster.yaml")),
                dir.resolve("out"),
                options,
                false,
                withCrds));
  }

  private static String cluster(String policy, String extra) {
    return CLUSTER.formatted(policy, extra);
  }

  /** {@code CODE file:line:col} of the KB55xx findings (sorted as text where a test sorts). */
  private static List<String> versionFindings(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.code().startsWith("KB55"))
        .map(
            d ->
                d.code()
                    + " "
                    + Path.of(d.file()).getFileName()
                    + ":"
                    + d.line()
                    + ":"
                    + d.column())
        .toList();
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve("out/default/kv").resolve(file));
  }

  @Test
  void theDefaultReleaseServesEveryFieldOfTheTable() throws IOException {
    RenderResult result = render(DEFINITIONS, cluster("Delete", ""), Target.STATEFULSET, "1.35");
    assertTrue(result.written(), result.diagnostics().toString());
    assertEquals(List.of(), versionFindings(result.diagnostics()));
    assertTrue(read("poddisruptionbudget-kv-db.yaml").startsWith("apiVersion: policy/v1\n"));
    assertTrue(read("statefulset-kv-db.yaml").contains("persistentVolumeClaimRetentionPolicy:"));
  }

  @Test
  void fieldsTheReleaseLacksAreErrorsWhereTheDefinitionSetsThem() throws IOException {
    RenderResult result = render(DEFINITIONS, cluster("Delete", ""), Target.STATEFULSET, "1.22");
    assertFalse(result.written());
    // minReadySeconds (1.23), hostUsers and resizePolicy (1.33); internalTrafficPolicy is served
    assertEquals(
        List.of("KB5500 cmpd.yaml:14:5", "KB5500 cmpd.yaml:18:9", "KB5500 cmpd.yaml:7:3"),
        versionFindings(result.diagnostics()).stream()
            .filter(f -> !f.startsWith("KB5502"))
            .sorted()
            .toList());
    RenderResult older = render(DEFINITIONS, cluster("Delete", ""), Target.STATEFULSET, "1.21");
    assertTrue(
        versionFindings(older.diagnostics()).contains("KB5500 cmpd.yaml:11:9"),
        versionFindings(older.diagnostics()).toString());
  }

  @Test
  void podFieldsCountForInstanceSetsButStatefulSetFieldsDoNot() throws IOException {
    RenderResult result = render(DEFINITIONS, cluster("Delete", ""), Target.INSTANCESET, "1.22");
    assertEquals(
        List.of("KB5500 cmpd.yaml:14:5", "KB5500 cmpd.yaml:18:9"),
        versionFindings(result.diagnostics()).stream().sorted().toList());
  }

  @Test
  void before121ThePodDisruptionBudgetIsPolicyV1beta1() throws IOException {
    RenderResult result =
        render(PLAIN_DEFINITIONS, cluster("DoNotTerminate", ""), Target.INSTANCESET, "1.20");
    assertTrue(result.written(), result.diagnostics().toString());
    assertTrue(read("poddisruptionbudget-kv-db.yaml").startsWith("apiVersion: policy/v1beta1\n"));
    render(PLAIN_DEFINITIONS, cluster("DoNotTerminate", ""), Target.INSTANCESET, "1.21");
    assertTrue(read("poddisruptionbudget-kv-db.yaml").startsWith("apiVersion: policy/v1\n"));
  }

  @Test
  void aRetentionPolicyTheClusterSetsIsAnErrorBefore127() throws IOException {
    String extra = "      persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain}\n";
    RenderResult result =
        render(PLAIN_DEFINITIONS, cluster("Delete", extra), Target.STATEFULSET, "1.26");
    assertFalse(result.written());
    assertEquals(List.of("KB5500 cluster.yaml:14:7"), versionFindings(result.diagnostics()));
    assertTrue(
        render(PLAIN_DEFINITIONS, cluster("Delete", extra), Target.STATEFULSET, "1.27").written());
  }

  @Test
  void aGeneratedRetentionPolicyIsLeftOutBefore127WithAWarningWhenItWouldDelete()
      throws IOException {
    RenderResult result =
        render(PLAIN_DEFINITIONS, cluster("Delete", ""), Target.STATEFULSET, "1.26");
    assertTrue(result.written(), result.diagnostics().toString());
    assertFalse(read("statefulset-kv-db.yaml").contains("persistentVolumeClaimRetentionPolicy"));
    // at the terminationPolicy, whose value asked for the deletion
    assertEquals(List.of("KB5502 cluster.yaml:6:22"), versionFindings(result.diagnostics()));
  }

  @Test
  void crdsLoseTheirCelRulesBefore125WithOneWarning() throws IOException {
    RenderResult old =
        render(PLAIN_DEFINITIONS, cluster("DoNotTerminate", ""), Target.INSTANCESET, "1.24", true);
    assertTrue(old.written(), old.diagnostics().toString());
    assertEquals(List.of("KB5503 crds:0:0"), versionFindings(old.diagnostics()));
    String crd =
        Files.readString(
            dir.resolve("out/crds/customresourcedefinition-clusters.apps.kubeblocks.io.yaml"));
    assertFalse(crd.contains("x-kubernetes-validations"), crd);
    RenderResult current =
        render(PLAIN_DEFINITIONS, cluster("DoNotTerminate", ""), Target.INSTANCESET, "1.25", true);
    assertEquals(List.of(), versionFindings(current.diagnostics()));
    assertTrue(
        Files.readString(
                dir.resolve("out/crds/customresourcedefinition-clusters.apps.kubeblocks.io.yaml"))
            .contains("x-kubernetes-validations"));
  }
}
