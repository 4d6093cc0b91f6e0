package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The component's template vars in every call's parameters, as pkg/controller/lifecycle/kbagent.go
 * parameters merges them: a template var wins over the action's own parameter of the same name, and
 * each name gets its shell-safe alias unless that is set (addShellSafeParameterAliases).
 */
class ParametersTest {
  private static ComponentActions component(String yaml) {
    GenericKubernetesResource object =
        Serialization.unmarshal(yaml, GenericKubernetesResource.class);
    return ComponentActions.read(object).orElseThrow();
  }

  private static final String KBAGENT =
      """
          template:
            spec:
              containers:
              - name: kbagent
                env:
                - {name: KB_AGENT_ACTION, value: '[{"name":"memberJoin"}]'}
      """;

  @Test
  void aStatefulSetsTemplateVarsWinOverTheActionsParameters() {
    ComponentActions c =
        component(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: demo-db
              namespace: demo
              annotations:
                kbforge.dev/lifecycle-actions: '{"memberJoin":{}}'
                kbforge.dev/template-vars: '{"KB_JOIN_MEMBER_POD_NAME":"var","db.port":"5432"}'
            spec:
            """
                + KBAGENT);
    Map<String, String> own = new LinkedHashMap<>();
    own.put("KB_JOIN_MEMBER_POD_NAME", "demo-db-2");
    own.put("KB_JOIN_MEMBER_POD_FQDN", "demo-db-2.x");
    Map<String, String> p = Parameters.withTemplateVars(c, own);
    assertEquals("var", p.get("KB_JOIN_MEMBER_POD_NAME"));
    assertEquals("demo-db-2.x", p.get("KB_JOIN_MEMBER_POD_FQDN"));
    assertEquals("5432", p.get("db.port"));
    assertEquals("5432", p.get("DB_PORT"));
    assertEquals(4, p.size(), "the two own, the var and its alias: " + p);
  }

  @Test
  void anInstanceSetsTemplateVarsComeFromItsLifecycleActions() {
    ComponentActions c =
        component(
            """
            apiVersion: workloads.kubeblocks.io/v1
            kind: InstanceSet
            metadata:
              name: demo-db
              namespace: demo
              annotations:
                kbforge.dev/lifecycle-actions: '{"memberJoin":{}}'
            spec:
                lifecycleActions:
                  templateVars: {"1st": "x", "FIRST": ""}
            """
                + KBAGENT);
    Map<String, String> p = Parameters.withTemplateVars(c, Map.of());
    assertEquals("x", p.get("1st"));
    assertEquals("_1ST", Parameters.alias("1st"));
    assertEquals("x", p.get("_1ST"));
    assertEquals("", p.get("FIRST"), "already upper case: no alias of its own");
  }
}
