package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The upstream redis (replication with sentinel) and postgresql examples, rendered: their pod
 * templates carry kbagent field by field as KubeBlocks' component controller builds it. The
 * expected values are written from reading apecloud/kubeblocks 13138f46:
 * pkg/controller/component/kbagent.go (containers, ports, probe, env order, role label volume),
 * pkg/kbagent/setup.go and podspec.go (names, paths, the init command), pkg/kbagent/util/env.go
 * (pod identity env), pkg/kbagent/proto (the JSON of KB_AGENT_ACTION and KB_AGENT_PROBE, in {@code
 * kbagent/*.json} beside this test, as Go's encoding/json writes them) and component_version.go
 * (the action images from the releases).
 */
class UpstreamKbAgentPodTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String TOOLS =
      "apecloud-registry.cn-zhangjiakou.cr.aliyuncs.com/apecloud/kubeblocks-tools:1.2.0-alpha.3";
  private static final List<String> POD_IDENTITY =
      List.of("KB_AGENT_NAMESPACE", "KB_AGENT_POD_NAME", "KB_AGENT_POD_UID", "KB_AGENT_NODE_NAME");

  @Test
  void redisReplicationPodsRunKbagentInTheReleaseImage() throws IOException {
    Compiled compiled = compile("redis", "cluster.yaml", Target.INSTANCESET);
    JsonNode its =
        object(compiled, "demo/redis-replication/instanceset-redis-replication-redis.yaml");
    JsonNode pod = its.path("spec").path("template").path("spec");
    // the ComponentVersion release for 7.2.4 names an image for the actions: kbagent runs in it,
    // copied there by init-kbagent from the tools image
    String actionImage = "docker.io/redis/redis-stack-server:7.2.0-v10";
    assertEquals(
        List.of("init-dbctl", "init-kbagent", "kbagent-worker"), names(pod, "initContainers"));
    assertEquals(List.of("redis", "metrics", "kbagent"), names(pod, "containers"));
    checkInitKbagent(container(pod, "initContainers", "init-kbagent"));

    JsonNode server = container(pod, "containers", "kbagent");
    checkServer(server, actionImage, 3501, 3502);
    JsonNode redis = container(pod, "containers", "redis");
    List<String> execEnv =
        List.of(
            "CURRENT_POD_NAME", // postProvision's env first
            "CURRENT_POD_IP",
            "CURRENT_POD_HOST_IP",
            "KB_HOST_IP", // then roleProbe's, its CURRENT_POD_NAME already there
            "KB_POD_FQDN",
            "KB_CLUSTER_COMP_NAME",
            "KB_SERVICE_PORT");
    checkEnv(server, redis, execEnv, "redis-action.json", "redis-probe.json");
    // the exec container (redis) lends its mounts, after the shared binary's
    List<String> mounts = new ArrayList<>(List.of("kubeblocks:/kubeblocks"));
    mounts.addAll(mounts(redis));
    mounts.add("kubeblocks-role-label:/etc/kubeblocks/pod-metadata:ro");
    assertEquals(mounts, mounts(server));

    JsonNode worker = container(pod, "initContainers", "kbagent-worker");
    checkWorker(worker, server, actionImage);
    checkRoleLabelVolume(pod);
    assertTrue(volume(pod, "kubeblocks").path("emptyDir").isObject(), "shared binary volume");

    // where and when each action is to be called (the selectors the cmpd sets, at the action or,
    // deprecated, at its exec), for the caller of kbagent
    assertEquals(
        "{\"postProvision\":{\"targetPodSelector\":\"Role\",\"matchingKey\":\"primary\","
            + "\"preCondition\":\"RuntimeReady\"},"
            + "\"switchover\":{\"podDomain\":\"redis-replication-redis-headless.demo.svc.cluster.local\"},"
            + "\"memberJoin\":{\"targetPodSelector\":\"Any\","
            + "\"podDomain\":\"redis-replication-redis-headless.demo.svc.cluster.local\"},"
            // redis' one account, default, is an initAccount: the engine creates it itself
            + "\"accountProvision\":{\"accounts\":[]},"
            + "\"udf-reconfigure-cmpd-redis-replication-config\":{\"targetPodSelector\":\"All\"}}",
        its.path("metadata").path("annotations").path("kbforge.dev/lifecycle-actions").asString());
    // kbagent runs the role probe: no role-probe annotation for kb roles on an InstanceSet
    assertFalse(its.path("metadata").path("annotations").has("kbforge.dev/role-probe"));
    assertFalse(its.path("metadata").path("annotations").has("kbforge.dev/roles"));
    // the InstanceSet controller owns the headless Service
    assertFalse(
        compiled
            .tree()
            .contains("demo/redis-replication/service-redis-replication-redis-headless.yaml"));
  }

  @Test
  void redisSentinelHasActionsButNoProbe() throws IOException {
    Compiled compiled = compile("redis", "cluster.yaml", Target.INSTANCESET);
    JsonNode pod =
        object(compiled, "demo/redis-replication/instanceset-redis-replication-redis-sentinel.yaml")
            .path("spec")
            .path("template")
            .path("spec");
    JsonNode server = container(pod, "containers", "kbagent");
    assertEquals(resource("redis-sentinel-action.json"), env(server, "KB_AGENT_ACTION"));
    // Go marshals the nil probe list as null, and KubeBlocks sets the env all the same
    assertEquals("null", env(server, "KB_AGENT_PROBE"));
  }

  @Test
  void postgresqlRunsItsHttpRoleProbeInKbagent() throws IOException {
    Compiled compiled = compile("postgresql", "cluster.yaml", Target.INSTANCESET);
    JsonNode its = object(compiled, "demo/pg-cluster/instanceset-pg-cluster-postgresql.yaml");
    JsonNode pod = its.path("spec").path("template").path("spec");
    String actionImage = "docker.io/apecloud/spilo:14.7.2-pgvector-v0.6.1";
    assertEquals(
        List.of("pg-init-container", "init-kbagent", "kbagent-worker"),
        names(pod, "initContainers"));
    assertEquals(
        List.of("postgresql", "pgbouncer", "exporter", "dbctl", "kbagent"),
        names(pod, "containers"));
    checkInitKbagent(container(pod, "initContainers", "init-kbagent"));
    JsonNode server = container(pod, "containers", "kbagent");
    checkServer(server, actionImage, 3501, 3502);
    JsonNode postgresql = container(pod, "containers", "postgresql");
    // switchover's env, then accountProvision's; the http role probe has none
    checkEnv(
        server,
        postgresql,
        List.of("CURRENT_POD_NAME", "PGUSER", "PGPASSWORD"),
        "pg-action.json",
        "pg-probe.json");
    List<String> mounts = new ArrayList<>(List.of("kubeblocks:/kubeblocks"));
    mounts.addAll(mounts(postgresql));
    mounts.add("kubeblocks-role-label:/etc/kubeblocks/pod-metadata:ro");
    assertEquals(mounts, mounts(server));
    checkWorker(container(pod, "initContainers", "kbagent-worker"), server, actionImage);
    checkRoleLabelVolume(pod);
    assertFalse(its.path("metadata").path("annotations").has("kbforge.dev/role-probe"));
    // kb apply's accountProvision: once per account that is no initAccount (postgres is one), on
    // the primary, with the definition's create statement
    // (transformer_component_account_provision.go)
    JsonNode calls =
        YAML.readTree(
            its.path("metadata")
                .path("annotations")
                .path("kbforge.dev/lifecycle-actions")
                .asString());
    JsonNode provision = calls.path("accountProvision");
    assertEquals("Role", provision.path("targetPodSelector").asString());
    assertEquals("primary", provision.path("matchingKey").asString());
    List<String> accounts = new ArrayList<>();
    provision.path("accounts").forEach(a -> accounts.add(a.path("name").asString()));
    assertEquals(
        List.of("kbadmin", "kbdataprotection", "kbprobe", "kbmonitoring", "kbreplicator"),
        accounts);
    JsonNode kbadmin = provision.path("accounts").path(0);
    assertEquals("pg-cluster-postgresql-account-kbadmin", kbadmin.path("secret").asString());
    assertTrue(
        kbadmin.path("statement").asString().startsWith("CREATE USER ${KB_ACCOUNT_NAME} SUPERUSER"),
        kbadmin.toString());
  }

  @Test
  void theStatefulSetTargetGetsTheSameKbagentAndKbRolesAsksIt() throws IOException {
    Compiled compiled = compile("redis", "cluster.yaml", Target.STATEFULSET);
    JsonNode sts =
        object(compiled, "demo/redis-replication/statefulset-redis-replication-redis.yaml");
    JsonNode pod = sts.path("spec").path("template").path("spec");
    checkServer(
        container(pod, "containers", "kbagent"),
        "docker.io/redis/redis-stack-server:7.2.0-v10",
        3501,
        3502);
    // kb roles asks kbagent for the role: the roles, and no probe annotation of kbforge's
    assertFalse(sts.path("metadata").path("annotations").has("kbforge.dev/role-probe"));
    assertTrue(sts.path("metadata").path("annotations").has("kbforge.dev/roles"));
    // the headless Service as the InstanceSet controller would build it: kbagent's ports included,
    // no targetPort
    JsonNode headless =
        object(compiled, "demo/redis-replication/service-redis-replication-redis-headless.yaml");
    List<String> ports = new ArrayList<>();
    for (JsonNode port : headless.path("spec").path("ports")) {
      ports.add(
          port.path("name").asString()
              + "="
              + port.path("port").asInt()
              + "/"
              + port.path("protocol").asString());
      assertFalse(port.has("targetPort"), port.toString());
    }
    assertEquals(
        List.of(
            "redis=6379/TCP",
            "http-metrics=9121/TCP",
            "server-metrics=8888/TCP",
            "http=3501/TCP",
            "streaming=3502/TCP"),
        ports);
  }

  @Test
  void theToolsImageFollowsTheKubeBlocksReleaseOption() throws IOException {
    RenderOptions options =
        new RenderOptions(
                Target.INSTANCESET, dev.kbforge.compiler.api.SecretsMode.APPLY, "cluster.local")
            .withKubeBlocks(new dev.kbforge.compiler.api.KubeBlocksRelease("1.0.2", "docker.io"));
    Compiled compiled = compile("postgresql", "cluster.yaml", options);
    JsonNode pod =
        object(compiled, "demo/pg-cluster/instanceset-pg-cluster-postgresql.yaml")
            .path("spec")
            .path("template")
            .path("spec");
    assertEquals(
        "docker.io/apecloud/kubeblocks-tools:1.0.2",
        container(pod, "initContainers", "init-kbagent").path("image").asString());
  }

  private static void checkInitKbagent(JsonNode init) {
    assertEquals(TOOLS, init.path("image").asString());
    assertEquals("IfNotPresent", init.path("imagePullPolicy").asString());
    assertEquals(
        List.of("cp", "-r", "/bin/kbagent", "/bin/tini-static", "/kubeblocks/"),
        strings(init.path("command")));
    assertEquals(List.of("kubeblocks:/kubeblocks"), mounts(init));
    // like every init container it gets the vars (KubeBlocks injects them after kbagent), but not
    // kbagent's own env
    init.path("env").forEach(e -> assertFalse(e.path("name").asString().startsWith("KB_AGENT_")));
  }

  private static void checkServer(JsonNode server, String image, int http, int streaming) {
    assertEquals(image, server.path("image").asString());
    assertEquals("IfNotPresent", server.path("imagePullPolicy").asString());
    assertEquals(List.of("/kubeblocks/kbagent"), strings(server.path("command")));
    assertEquals(
        List.of("--port", "" + http, "--streaming-port", "" + streaming),
        strings(server.path("args")));
    JsonNode ports = server.path("ports");
    assertEquals(2, ports.size());
    assertEquals("http", ports.get(0).path("name").asString());
    assertEquals(http, ports.get(0).path("containerPort").asInt());
    assertEquals("TCP", ports.get(0).path("protocol").asString());
    assertEquals("streaming", ports.get(1).path("name").asString());
    assertEquals(streaming, ports.get(1).path("containerPort").asInt());
    assertEquals("TCP", ports.get(1).path("protocol").asString());
    assertEquals(http, server.path("startupProbe").path("tcpSocket").path("port").asInt());
    assertEquals(1, server.path("startupProbe").size(), "a bare tcpSocket probe");
    assertEquals(1000, server.path("securityContext").path("runAsGroup").asInt());
    assertEquals(1, server.path("securityContext").size());
  }

  /**
   * The vars first (as every container gets them), then the actions' exec env, kbagent's pod
   * identity, the actions and the probes.
   */
  private static void checkEnv(
      JsonNode server, JsonNode exec, List<String> execEnv, String actions, String probes)
      throws IOException {
    List<String> vars = new ArrayList<>();
    for (JsonNode e : exec.path("env")) {
      if (e.path("valueFrom").has("secretKeyRef")) {
        vars.add(e.path("name").asString());
      }
    }
    List<String> expected = new ArrayList<>(vars);
    expected.addAll(execEnv);
    expected.addAll(POD_IDENTITY);
    expected.add("KB_AGENT_ACTION");
    expected.add("KB_AGENT_PROBE");
    List<String> actual = new ArrayList<>();
    server.path("env").forEach(e -> actual.add(e.path("name").asString()));
    assertEquals(expected, actual);
    for (int i = 0; i < POD_IDENTITY.size(); i++) {
      JsonNode ref = envVar(server, POD_IDENTITY.get(i)).path("valueFrom").path("fieldRef");
      assertEquals("v1", ref.path("apiVersion").asString());
      assertEquals(
          List.of("metadata.namespace", "metadata.name", "metadata.uid", "spec.nodeName").get(i),
          ref.path("fieldPath").asString());
    }
    assertEquals(resource(actions), env(server, "KB_AGENT_ACTION"));
    assertEquals(resource(probes), env(server, "KB_AGENT_PROBE"));
    assertEquals(exec.path("envFrom"), server.path("envFrom"), "the env ConfigMap too");
  }

  private static void checkWorker(JsonNode worker, JsonNode server, String image) {
    assertEquals(image, worker.path("image").asString());
    assertEquals(List.of("/kubeblocks/kbagent"), strings(worker.path("command")));
    assertEquals(List.of("--server=false"), strings(worker.path("args")));
    assertEquals(server.path("env"), worker.path("env"));
    assertFalse(worker.has("ports"));
    assertFalse(worker.has("startupProbe"));
    List<String> mounts = new ArrayList<>(mounts(server));
    mounts.remove("kubeblocks-role-label:/etc/kubeblocks/pod-metadata:ro");
    assertEquals(mounts, mounts(worker), "the server's mounts but the role label");
    assertEquals(1000, worker.path("securityContext").path("runAsGroup").asInt());
  }

  private static void checkRoleLabelVolume(JsonNode pod) {
    JsonNode volume = volume(pod, "kubeblocks-role-label");
    JsonNode items = volume.path("downwardAPI").path("items");
    assertEquals(1, items.size());
    assertEquals("role", items.get(0).path("path").asString());
    assertEquals(
        "metadata.labels['kubeblocks.io/role']",
        items.get(0).path("fieldRef").path("fieldPath").asString());
    assertEquals(1, items.get(0).path("fieldRef").size(), "no apiVersion, as KubeBlocks builds it");
  }

  private static Compiled compile(String addon, String example, Target target) throws IOException {
    return compile(
        addon,
        example,
        new RenderOptions(target, dev.kbforge.compiler.api.SecretsMode.APPLY, "cluster.local"));
  }

  private static Compiled compile(String addon, String example, RenderOptions options)
      throws IOException {
    Path ref = ReferenceData.addons();
    Reporter reporter = new Reporter();
    Compiled compiled =
        new Pipeline()
            .compile(
                SourceReader.read(
                    List.of(
                        ref.resolve(addon + ".yaml"),
                        ref.resolve("examples-addons").resolve(addon).resolve(example))),
                options,
                reporter);
    List<Diagnostic> errors = reporter.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(List.of(), errors);
    return compiled;
  }

  private static JsonNode object(Compiled compiled, String file) throws IOException {
    assertTrue(
        compiled.tree().contains(file), () -> file + " in " + compiled.tree().files().keySet());
    return YAML.readTree(compiled.tree().get(file));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        UpstreamKbAgentPodTest.class.getResourceAsStream("/dev/kbforge/compiler/kbagent/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode container(JsonNode pod, String list, String name) {
    for (JsonNode c : pod.path(list)) {
      if (name.equals(c.path("name").asString())) {
        return c;
      }
    }
    throw new AssertionError("no " + list + " entry " + name);
  }

  private static JsonNode volume(JsonNode pod, String name) {
    return container(pod, "volumes", name);
  }

  private static List<String> names(JsonNode pod, String list) {
    List<String> names = new ArrayList<>();
    pod.path(list).forEach(c -> names.add(c.path("name").asString()));
    return names;
  }

  private static List<String> mounts(JsonNode container) {
    List<String> mounts = new ArrayList<>();
    for (JsonNode m : container.path("volumeMounts")) {
      mounts.add(
          m.path("name").asString()
              + ":"
              + m.path("mountPath").asString()
              + (m.path("readOnly").asBoolean(false) ? ":ro" : ""));
    }
    return mounts;
  }

  private static JsonNode envVar(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asString())) {
        return e;
      }
    }
    throw new AssertionError("no env " + name);
  }

  private static String env(JsonNode container, String name) {
    return envVar(container, name).path("value").asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asString()));
    return out;
  }
}
