package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.kinds;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class RbacLowererTest {
  private static final String RULES =
      """
        policyRules:
          - apiGroups: [""]
            resources: [pods]
            verbs: [get, list]
      """;
  private static final String ACTIONS =
      """
        lifecycleActions:
          postProvision:
            exec:
              command: ["true"]
      """;

  private static List<ObjectNode> lower(
      String cmpdExtra, String componentExtra, RenderOptions options) {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: pg
          namespace: prod
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: db
              replicas: 1
        """
            + componentExtra;
    String cmpd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: db-1
        spec:
          runtime:
            containers:
              - name: db
        """
            + cmpdExtra;
    return new RbacLowerer()
        .lower(
            context(
                component(
                    cluster(load("cluster.yaml", cluster), options), 0, load("cmpd.yaml", cmpd))));
  }

  @Test
  void nothingWithoutRulesOrActions() {
    assertEquals(List.of(), lower("", "", RenderOptions.defaults()));
  }

  @Test
  void actionsGetAServiceAccountAndKubeBlocksPodRoleForInstanceSets() {
    List<ObjectNode> objects = lower(ACTIONS, "", RenderOptions.defaults());
    assertEquals(List.of("ServiceAccount", "RoleBinding"), kinds(objects));
    assertEquals(List.of("kb-pg-db", "kb-pg-db-pod"), names(objects));
    ObjectNode binding = objects.get(1);
    assertEquals(
        "{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\","
            + "\"name\":\"kubeblocks-cluster-pod-role\"}",
        binding.path("roleRef").toString());
    assertEquals(
        "[{\"kind\":\"ServiceAccount\",\"name\":\"kb-pg-db\",\"namespace\":\"prod\"}]",
        binding.path("subjects").toString());
  }

  @Test
  void actionsGetOnlyAServiceAccountForStatefulSets() {
    List<ObjectNode> objects = lower(ACTIONS, "", LowerFixtures.STATEFULSET);
    assertEquals(List.of("ServiceAccount"), kinds(objects));
    assertEquals("v1", objects.get(0).path("apiVersion").asString());
    assertEquals("prod", objects.get(0).at("/metadata/namespace").asString());
    assertEquals(
        "db", objects.get(0).at("/metadata/labels/apps.kubeblocks.io~1component-name").asString());
  }

  @Test
  void policyRulesBecomeANamespacedRoleBoundToTheAccount() {
    List<ObjectNode> objects = lower(RULES, "", LowerFixtures.STATEFULSET);
    assertEquals(List.of("ServiceAccount", "Role", "RoleBinding"), kinds(objects));
    assertEquals(List.of("kb-pg-db", "kb-pg-db", "kb-pg-db"), names(objects));
    ObjectNode role = objects.get(1);
    assertEquals("rbac.authorization.k8s.io/v1", role.path("apiVersion").asString());
    assertEquals(
        "[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\",\"list\"]}]",
        role.path("rules").toString());
    ObjectNode binding = objects.get(2);
    assertEquals("Role", binding.at("/roleRef/kind").asString());
    assertEquals("kb-pg-db", binding.at("/roleRef/name").asString());
    assertEquals("kb-pg-db", binding.at("/subjects/0/name").asString());
  }

  @Test
  void userServiceAccountIsBoundNotCreated() {
    List<ObjectNode> objects =
        lower(RULES + ACTIONS, "      serviceAccountName: mine\n", RenderOptions.defaults());
    assertEquals(List.of("Role", "RoleBinding", "RoleBinding"), kinds(objects));
    assertEquals(List.of("kb-pg-db", "mine", "mine-pod"), names(objects));
    assertEquals("mine", objects.get(1).at("/subjects/0/name").asString());
    assertEquals("mine", objects.get(2).at("/subjects/0/name").asString());
  }
}
