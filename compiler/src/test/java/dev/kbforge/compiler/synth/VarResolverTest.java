package dev.kbforge.compiler.synth;

import static dev.kbforge.compiler.synth.VarFixtures.SERVER;
import static dev.kbforge.compiler.synth.VarFixtures.varAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every var kind of one ComponentDefinition, resolved for Cluster {@code c}. */
class VarResolverTest {
  private final SynthHarness harness = VarFixtures.harness().valid();
  private final ResolvedVars vars = harness.vars("c", "server");

  private static Map<String, String> envByName(ResolvedVars vars) {
    Map<String, String> out = new LinkedHashMap<>();
    vars.env().forEach(e -> out.put(e.path("name").asString(), e.toString()));
    return out;
  }

  @Test
  void plainValuesGoToTheEnvConfigMapInDeclarationOrder() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("CLUSTER_NAME", "c");
    expected.put("NAMESPACE", "ns1");
    expected.put("CLUSTER_UID", "f0acbccf-4f3b-5d1b-9cef-dc2e2ba7027c");
    expected.put("COMP_NAME", "c-server");
    expected.put("SHORT", "server");
    expected.put("REPLICAS", "2");
    expected.put("PODS", "c-server-0,c-server-1");
    expected.put(
        "FQDNS",
        "c-server-0.c-server-headless.ns1.svc.cluster.local,"
            + "c-server-1.c-server-headless.ns1.svc.cluster.local");
    expected.put("PRIMARY_PODS", "");
    expected.put("VERSION", "1.0.0");
    expected.put("HOST", "c-server-primary");
    expected.put("PORT", "5432");
    expected.put("HEADLESS", "c-server-headless");
    expected.put("HEADLESS_PORT", "9187");
    expected.put("ADV_HOST", "c-server-adv-0,c-server-adv-1");
    expected.put("CPU", "1");
    expected.put("CPU_LIMIT", "2");
    expected.put("MEMORY", "536870912");
    expected.put("MEMORY_LIMIT", "1073741824");
    expected.put("STORAGE", "21474836480");
    expected.put("URL", "db://c-server-primary:5432/c");
    expected.put("EXPR", "c-server-primary"); // {{ .HOST }}, evaluated as KubeBlocks does
    expected.put("EMPTY", "");
    expected.put("PROXY_HOST", "c-proxy-proxy");
    assertEquals(expected, vars.plain());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(vars.plain().keySet()));
  }

  @Test
  void referencesAndUnresolvedValuesArePrependedToTheEnv() {
    Map<String, String> env = envByName(vars);
    assertEquals(
        List.of(
            "LITERAL",
            "ADMIN_COPY",
            "MIXED",
            "UNKNOWN",
            "ADMIN_USER",
            "ADMIN_PASSWORD",
            "SETTINGS",
            "TOKEN"),
        List.copyOf(env.keySet()));
    assertEquals("{\"name\":\"LITERAL\",\"value\":\"$(HOST)\"}", env.get("LITERAL"));
    assertEquals("{\"name\":\"MIXED\",\"value\":\"user=$(ADMIN_USER)\"}", env.get("MIXED"));
    assertEquals("{\"name\":\"UNKNOWN\",\"value\":\"$(NOPE)\"}", env.get("UNKNOWN"));
    assertEquals(
        "{\"name\":\"ADMIN_USER\",\"valueFrom\":{\"secretKeyRef\":"
            + "{\"name\":\"c-server-account-admin-user\",\"key\":\"username\"}}}",
        env.get("ADMIN_USER"));
    assertEquals(
        "{\"name\":\"SETTINGS\",\"valueFrom\":{\"configMapKeyRef\":"
            + "{\"name\":\"db-settings\",\"key\":\"mode\"}}}",
        env.get("SETTINGS"));
    assertEquals(
        "{\"name\":\"TOKEN\",\"valueFrom\":{\"secretKeyRef\":"
            + "{\"name\":\"db-token\",\"key\":\"token\",\"optional\":true}}}",
        env.get("TOKEN"));
  }

  @Test
  void aWholeValueReferenceToACredentialBecomesItsSecretKeyRef() {
    assertEquals(
        "{\"name\":\"ADMIN_COPY\",\"valueFrom\":{\"secretKeyRef\":"
            + "{\"name\":\"c-server-account-admin-user\",\"key\":\"password\"}}}",
        envByName(vars).get("ADMIN_COPY"));
  }

  @Test
  void credentialsAreNeverInlined() {
    for (JsonNode e : vars.env()) {
      String name = e.path("name").asString();
      if (name.startsWith("ADMIN")) {
        assertFalse(e.has("value"), name + " must be a reference");
        assertTrue(e.path("valueFrom").has("secretKeyRef"), name);
      }
    }
    for (String name : List.of("ADMIN_USER", "ADMIN_PASSWORD", "TOKEN", "SETTINGS")) {
      assertFalse(vars.plain().containsKey(name), name);
      assertFalse(vars.templateContext().containsKey(name), name);
    }
    // templates see the reference text, never a Secret's value
    assertEquals("$(ADMIN_PASSWORD)", vars.templateContext().get("ADMIN_COPY"));
  }

  @Test
  void theTemplateContextHoldsEveryNonCredentialVarWithIntegersAsLong() {
    Map<String, Object> context = vars.templateContext();
    assertEquals(536870912L, context.get("MEMORY"));
    assertEquals(2L, context.get("REPLICAS"));
    assertEquals("c-server", context.get("COMP_NAME"));
    assertEquals("$(HOST)", context.get("LITERAL"));
    assertEquals("1.0.0", context.get("VERSION"));
    assertFalse(context.containsKey("ADV_PORT"));
    assertFalse(context.containsKey("TLS"));
  }

  @Test
  void valuesKnownOnlyAtRunTimeAreWarnedAboutAtTheVar() {
    assertEquals(
        List.of(
                "KB5222@" + varAt("server.yaml", SERVER, "PRIMARY_PODS"),
                "KB5223@" + varAt("server.yaml", SERVER, "ADV_PORT"),
                "KB5225@" + varAt("server.yaml", SERVER, "REMOTE"))
            .stream()
            .sorted()
            .toList(),
        harness.codes());
  }

  @Test
  void clusterUidIsTheUuid5OfNamespaceAndName() {
    // python3: uuid.uuid5(uuid.NAMESPACE_URL, "ns1/c")
    assertEquals("f0acbccf-4f3b-5d1b-9cef-dc2e2ba7027c", vars.plain().get("CLUSTER_UID"));
  }

  @Test
  void optionalValuesWithoutAValueAreLeftOut() {
    // TLS is off (KubeBlocks then has no TLS config: no "false"), host network is off
    assertFalse(vars.plain().containsKey("TLS"));
    assertFalse(vars.plain().containsKey("HOST_PORT"));
    assertFalse(envByName(vars).containsKey("TLS"));
  }

  @Test
  void podFqdnsUseTheClusterDomainOption() {
    SynthHarness custom = VarFixtures.harness().clusterDomain("corp.example");
    assertEquals(
        "c-server-0.c-server-headless.ns1.svc.corp.example,"
            + "c-server-1.c-server-headless.ns1.svc.corp.example",
        custom.vars("c", "server").plain().get("FQDNS"));
  }

  @Test
  void theComponentTheTopologyAddsHasNoVarsButResolves() {
    ResolvedVars proxy = harness.vars("c", "proxy");
    assertEquals(Map.of(), proxy.plain());
    assertEquals(List.of(), proxy.env());
  }

  @Test
  void tlsAndHostNetworkFollowTheClusterComponent() {
    String cluster =
        VarFixtures.CLUSTER
            .replace("name: c\n", "name: c2\n")
            .replace(
                "      replicas: 2\n",
                "      replicas: 2\n      tls: true\n      network: {hostNetwork: true}\n");
    SynthHarness h =
        SynthHarness.of(
                "topology.yaml", VarFixtures.TOPOLOGY,
                "server.yaml", SERVER,
                "cluster.yaml", cluster)
            .valid();
    ResolvedVars on = h.vars("c2", "server");
    assertEquals("true", on.plain().get("TLS"));
    assertFalse(on.plain().containsKey("HOST_PORT"));
    assertTrue(
        h.codes().contains("KB5224@" + varAt("server.yaml", SERVER, "HOST_PORT")),
        h.codes().toString());
  }
}
