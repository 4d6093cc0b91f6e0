package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixture.names;
import static dev.kbforge.compiler.lower.Samples.BARE_CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CMPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class InstanceSetLowererTest {
  private static final Map<String, String> IMAGES =
      Map.of("main", "main:1.0", "switchover", "tools:2");

  private static final String WITH_ROLES =
      CMPD
          + """
            updateStrategy: BestEffortParallel
            podManagementPolicy: Parallel
            minReadySeconds: 10
            disableDefaultHeadlessService: true
            roles:
              - name: leader
                updatePriority: 2
                participatesInQuorum: true
              - name: follower
                updatePriority: 1
            lifecycleActions:
              switchover:
                exec:
                  container: main
                  command: ["/switchover.sh"]
            """
              .indent(2);

  private static ObjectNode lower(LowerFixture f) {
    return f.lowerOne(new InstanceSetLowerer());
  }

  @Test
  void headerLabelsAndAnnotations() {
    LowerFixture f = new LowerFixture(CMPD, CLUSTER).images(IMAGES);
    ObjectNode its = lower(f);
    assertEquals("workloads.kubeblocks.io/v1", its.path("apiVersion").asString());
    assertEquals("InstanceSet", its.path("kind").asString());
    JsonNode metadata = its.path("metadata");
    assertEquals("demo-db", metadata.path("name").asString());
    assertEquals("prod", metadata.path("namespace").asString());
    assertEquals("kubeblocks", metadata.path("labels").path(Labels.MANAGED_BY).asString());
    assertEquals("demo", metadata.path("labels").path(Labels.INSTANCE).asString());
    assertEquals("db", metadata.path("labels").path(Labels.COMPONENT_NAME).asString());
    assertEquals("db", metadata.path("labels").path("team").asString());
    assertFalse(metadata.path("labels").has(Labels.RELEASE_PHASE));
    JsonNode annotations = metadata.path("annotations");
    assertEquals("demo-1", annotations.path(Labels.COMPONENT).asString());
    assertEquals("1.0.0", annotations.path(Labels.SERVICE_VERSION).asString());
    assertEquals("from-cmpd", annotations.path("note").asString());
    assertEquals(List.of(), f.codes());
  }

  @Test
  void specDefaults() {
    JsonNode spec = lower(new LowerFixture(CMPD, CLUSTER).images(IMAGES)).path("spec");
    assertEquals(3, spec.path("replicas").asInt());
    JsonNode match = spec.path("selector").path("matchLabels");
    assertEquals(4, match.size());
    assertEquals("stable", match.path(Labels.RELEASE_PHASE).asString());
    assertEquals("db", match.path(Labels.COMPONENT_NAME).asString());
    JsonNode template = spec.path("template");
    assertEquals(
        "demo-1", template.path("metadata").path("labels").path(Labels.COMPONENT).asString());
    assertEquals("main", template.path("spec").path("containers").path(0).path("name").asString());
    assertEquals("OrderedReady", spec.path("podManagementPolicy").asString());
    assertEquals("100%", spec.path("parallelPodManagementConcurrency").asString());
    assertEquals("Serial", spec.path("memberUpdateStrategy").asString());
    assertEquals(
        "Delete", spec.path("persistentVolumeClaimRetentionPolicy").path("whenDeleted").asString());
    assertEquals(
        "Delete", spec.path("persistentVolumeClaimRetentionPolicy").path("whenScaled").asString());
    assertFalse(spec.has("roles"));
    assertFalse(spec.has("lifecycleActions"));
    assertFalse(spec.has("minReadySeconds"));
    assertFalse(spec.has("disableDefaultHeadlessService"));
  }

  @Test
  void claimsAndTheirRetention() {
    String cluster =
        CLUSTER
            + """
                  persistentVolumeClaimRetentionPolicy:
                    whenScaled: Retain
            """;
    JsonNode spec = lower(new LowerFixture(CMPD, cluster).images(IMAGES)).path("spec");
    JsonNode claims = spec.path("volumeClaimTemplates");
    assertEquals(1, claims.size());
    assertEquals("data", claims.path(0).path("metadata").path("name").asString());
    assertEquals(
        "1Gi",
        claims.path(0).path("spec").path("resources").path("requests").path("storage").asString());
    JsonNode retention = spec.path("persistentVolumeClaimRetentionPolicy");
    assertEquals("Delete", retention.path("whenDeleted").asString());
    assertEquals("Retain", retention.path("whenScaled").asString());
  }

  @Test
  void aDeleteClusterCarriesNoPruneOptOutsAndDeletesItsClaims() {
    // KubeBlocks' Delete removes all runtime resources of the cluster, claims included
    ObjectNode its = lower(new LowerFixture(CMPD, CLUSTER).images(IMAGES));
    JsonNode annotations = its.path("metadata").path("annotations");
    assertFalse(annotations.has("argocd.argoproj.io/sync-options"));
    assertFalse(annotations.has("kustomize.toolkit.fluxcd.io/prune"));
    assertEquals("Delete", annotations.path("kbforge.dev/termination-policy").asString());
    assertEquals(
        "Delete",
        its.path("spec")
            .path("persistentVolumeClaimRetentionPolicy")
            .path("whenDeleted")
            .asString());
  }

  @Test
  void aDoNotTerminateClusterRetainsItsClaimsWhateverTheComponentSays() {
    String cluster =
        CLUSTER.replace("terminationPolicy: Delete", "terminationPolicy: DoNotTerminate")
            + """
                  persistentVolumeClaimRetentionPolicy:
                    whenDeleted: Delete
                    whenScaled: Retain
            """;
    JsonNode retention =
        lower(new LowerFixture(CMPD, cluster).images(IMAGES))
            .path("spec")
            .path("persistentVolumeClaimRetentionPolicy");
    assertEquals("Retain", retention.path("whenDeleted").asString());
    // scaling in is not termination: the component's choice stays
    assertEquals("Retain", retention.path("whenScaled").asString());
  }

  @Test
  void statelessComponentsArePrunable() {
    String noClaims = BARE_CLUSTER.replace("WipeOut", "Delete");
    JsonNode its = lower(new LowerFixture(CMPD, noClaims).images(IMAGES));
    assertFalse(its.path("metadata").path("annotations").has("argocd.argoproj.io/sync-options"));
    assertFalse(its.path("spec").has("volumeClaimTemplates"));
    // retention is explicit even without claims
    assertEquals(
        "Delete",
        its.path("spec")
            .path("persistentVolumeClaimRetentionPolicy")
            .path("whenDeleted")
            .asString());
  }

  @Test
  void definitionPoliciesRolesAndActions() {
    LowerFixture f = new LowerFixture(WITH_ROLES, CLUSTER).images(IMAGES).plainVar("PORT", "6379");
    JsonNode spec = lower(f).path("spec");
    assertEquals("Parallel", spec.path("podManagementPolicy").asString());
    assertEquals("BestEffortParallel", spec.path("memberUpdateStrategy").asString());
    assertEquals(10, spec.path("minReadySeconds").asInt());
    assertTrue(spec.path("disableDefaultHeadlessService").asBoolean());
    assertEquals(List.of("leader", "follower"), names(spec.path("roles")));
    assertTrue(spec.path("roles").path(0).path("participatesInQuorum").asBoolean());
    JsonNode actions = spec.path("lifecycleActions");
    assertEquals("6379", actions.path("templateVars").path("PORT").asString());
    assertEquals("tools:2", actions.path("switchover").path("exec").path("image").asString());
    assertEquals(
        "/switchover.sh",
        actions.path("switchover").path("exec").path("command").path(0).asString());
  }

  @Test
  void componentUpdateFieldsAndInstanceTemplates() {
    String cluster =
        CLUSTER
            + """
                  parallelPodManagementConcurrency: 2
                  podUpdatePolicy: StrictInPlace
                  instanceUpdateStrategy:
                    type: OnDelete
                  offlineInstances: [demo-db-1]
                  instances:
                    - name: big
                      replicas: 2
                      resources:
                        limits:
                          cpu: "4"
                      volumeClaimTemplates:
                        - name: data
                          persistentVolumeClaimName: big-data
                          spec:
                            resources:
                              requests:
                                storage: 100Gi
                    - name: other
                      serviceVersion: "2.0.0"
            """;
    LowerFixture f = new LowerFixture(CMPD, cluster).images(IMAGES);
    JsonNode spec = lower(f).path("spec");
    assertEquals(2, spec.path("parallelPodManagementConcurrency").asInt());
    assertEquals("StrictInPlace", spec.path("podUpdatePolicy").asString());
    assertEquals("OnDelete", spec.path("instanceUpdateStrategy").path("type").asString());
    assertEquals("demo-db-1", spec.path("offlineInstances").path(0).asString());
    JsonNode instances = spec.path("instances");
    assertEquals(List.of("big", "other"), names(instances));
    assertEquals(2, instances.path(0).path("replicas").asInt());
    assertEquals(1, instances.path(1).path("replicas").asInt());
    assertEquals("4", instances.path(0).path("resources").path("limits").path("cpu").asString());
    JsonNode claim = instances.path(0).path("volumeClaimTemplates").path(0);
    assertEquals("data", claim.path("metadata").path("name").asString());
    assertEquals(
        "big-data",
        claim.path("metadata").path("annotations").path(WorkloadParts.PVC_NAME_PREFIX).asString());
    assertFalse(instances.path(1).has("serviceVersion"));
    assertEquals(
        List.of(
            "KB5305@"
                + Samples.at(
                    "cluster.yaml", cluster, "serviceVersion: \"2.0.0\"", "serviceVersion")),
        f.codes());
  }

  @Test
  void aReCreateDefinitionWinsOverTheComponent() {
    String cmpd = CMPD + "  podUpdatePolicy: ReCreate\n";
    String cluster = CLUSTER + "      podUpdatePolicy: StrictInPlace\n";
    JsonNode spec = lower(new LowerFixture(cmpd, cluster).images(IMAGES)).path("spec");
    assertEquals("ReCreate", spec.path("podUpdatePolicy").asString());
  }

  @Test
  void updatePoliciesDefaultToPreferInPlaceAndADefinitionsOtherPolicyIsNoDefault() {
    // KubeBlocks' getPodUpdatePolicy / getPodUpgradePolicy: only a cmpd ReCreate counts
    String cmpd = CMPD + "  podUpdatePolicy: StrictInPlace\n";
    JsonNode spec = lower(new LowerFixture(cmpd, CLUSTER).images(IMAGES)).path("spec");
    assertEquals("PreferInPlace", spec.path("podUpdatePolicy").asString());
    assertEquals("PreferInPlace", spec.path("podUpgradePolicy").asString());
    String upgrade = CMPD + "  podUpgradePolicy: ReCreate\n";
    String cluster = CLUSTER + "      podUpdatePolicy: StrictInPlace\n";
    spec = lower(new LowerFixture(upgrade, cluster).images(IMAGES)).path("spec");
    assertEquals("StrictInPlace", spec.path("podUpdatePolicy").asString());
    assertEquals("ReCreate", spec.path("podUpgradePolicy").asString());
  }

  @Test
  void theServiceAccountInUseIsTheComponentsOwn() {
    ObjectNode its = lower(new LowerFixture(WITH_ROLES, CLUSTER).images(IMAGES));
    assertEquals(
        "kb-demo-db",
        its.at("/metadata/annotations/workloads.kubeblocks.io~1service-account-in-use").asString());
    assertEquals("kb-demo-db", its.at("/spec/template/spec/serviceAccountName").asString());
    // with kbagent in the pod, nothing for kb roles
    assertFalse(its.at("/metadata/annotations").has(RoleAnnotations.ROLES));
  }

  @Test
  void otherTargetsGetNoInstanceSet() {
    for (Target target : List.of(Target.STATEFULSET, Target.KUBEBLOCKS)) {
      LowerFixture f = new LowerFixture(CMPD, CLUSTER).images(IMAGES).target(target);
      assertEquals(List.of(), new InstanceSetLowerer().lower(f.context()));
    }
  }
}
