package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * kbforge's own redis addon (addons/redis in this repository): the redis component of the
 * replication example, with its vars, templates and images resolved by hand as the synth phase
 * would (7.2.4).
 */
class RedisWorkloadTest {
  private static final Path REDIS = Path.of("..", "addons", "redis");

  private static LowerFixture fixture(Target target) throws IOException {
    String cmpd = Files.readString(REDIS.resolve("definitions/cmpd-redis.yaml"));
    String cluster = Files.readString(REDIS.resolve("examples/cluster-replication.yaml"));
    return new LowerFixture(cmpd, cluster)
        .component(0)
        .target(target)
        .images(
            Map.of(
                "redis", "docker.io/redis:7.2.4",
                "metrics", "docker.io/oliver006/redis_exporter:v1.80.1",
                "switchover", "docker.io/redis:7.2.4"))
        .plainVar("CLUSTER_NAME", "redis-replication")
        .plainVar("SERVICE_PORT", "6379")
        .secretVar("REDIS_DEFAULT_USER", "redis-replication-redis-account-default", "username")
        .secretVar("REDIS_DEFAULT_PASSWORD", "redis-replication-redis-account-default", "password")
        .template("redis-config", "redis-config", 0444, "c1")
        .template("redis-scripts", "scripts", 0555, "s1");
  }

  private static JsonNode container(JsonNode pod, String name) {
    for (JsonNode c : pod.path("containers")) {
      if (c.path("name").asString().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no container " + name);
  }

  @Test
  void instanceSetOfTheReplicationExample() throws IOException {
    LowerFixture f = fixture(Target.INSTANCESET);
    ObjectNode its = f.lowerOne(new InstanceSetLowerer());
    assertEquals(List.of(), f.codes());
    assertEquals("redis-replication-redis", its.path("metadata").path("name").asString());
    assertEquals("default", its.path("metadata").path("namespace").asString());
    JsonNode spec = its.path("spec");
    assertEquals(2, spec.path("replicas").asInt());
    assertEquals("BestEffortParallel", spec.path("memberUpdateStrategy").asString());
    assertEquals(List.of("primary", "secondary"), names(spec.path("roles")));
    assertEquals(
        "docker.io/redis:7.2.4",
        spec.path("lifecycleActions").path("switchover").path("exec").path("image").asString());

    JsonNode claim = spec.path("volumeClaimTemplates").path(0);
    assertEquals("data", claim.path("metadata").path("name").asString());
    assertEquals(
        "20Gi", claim.path("spec").path("resources").path("requests").path("storage").asString());

    JsonNode pod = spec.path("template").path("spec");
    JsonNode toleration = pod.path("tolerations").path(0);
    assertEquals("kb-data", toleration.path("key").asString());
    assertEquals("NoSchedule", toleration.path("effect").asString());

    JsonNode redis = container(pod, "redis");
    assertEquals("docker.io/redis:7.2.4", redis.path("image").asString());
    assertEquals("500m", redis.path("resources").path("limits").path("cpu").asString());
    assertEquals("512Mi", redis.path("resources").path("requests").path("memory").asString());
    assertEquals(
        List.of("REDIS_DEFAULT_USER", "REDIS_DEFAULT_PASSWORD", "CURRENT_POD_NAME"),
        names(redis.path("env")));
    assertEquals(
        "redis-replication-redis-env",
        redis.path("envFrom").path(0).path("configMapRef").path("name").asString());

    // the exporter keeps its own resources
    JsonNode metrics = container(pod, "metrics");
    assertEquals("200m", metrics.path("resources").path("limits").path("cpu").asString());
    assertEquals("REDIS_DEFAULT_USER", metrics.path("env").path(0).path("name").asString());

    // the data claim needs no pod volume; kbagent's role label and shared binary volumes (the
    // actions run in the redis image), then the templates mount their ConfigMaps
    assertEquals(
        List.of("kubeblocks-role-label", "kubeblocks", "redis-config", "scripts"),
        names(pod.path("volumes")));
    assertEquals(
        "redis-replication-redis-redis-scripts",
        pod.path("volumes").path(3).path("configMap").path("name").asString());
    assertEquals(365, pod.path("volumes").path(3).path("configMap").path("defaultMode").asInt());
    assertEquals(List.of("redis", "metrics", "kbagent"), names(pod.path("containers")));
    assertEquals("docker.io/redis:7.2.4", container(pod, "kbagent").path("image").asString());
    assertEquals("kb-redis-replication-redis", pod.path("serviceAccountName").asString());

    JsonNode annotations = its.path("metadata").path("annotations");
    assertFalse(annotations.has("argocd.argoproj.io/sync-options")); // a Delete cluster
    assertEquals("7.2.4", annotations.path(Labels.SERVICE_VERSION).asString());
    // kbagent runs the role probe: no probe annotation of kbforge's
    assertFalse(annotations.has("kbforge.dev/role-probe"));
    // what kb apply needs: the terminationPolicy, and how to make the account's password
    assertEquals("Delete", annotations.path(ApplyHints.TERMINATION_POLICY).asString());
    JsonNode passwords =
        LowerFixture.load("p.yaml", annotations.path(ApplyHints.PASSWORD_CONFIG).asString())
            .root()
            .path("redis-replication-redis-account-default");
    assertEquals("default", passwords.path("username").asString());
    assertEquals(16, passwords.path("length").asInt());
    assertEquals(4, passwords.path("numDigits").asInt());
    assertEquals(
        "redis-7-0.1.0",
        spec.path("template").path("metadata").path("labels").path(Labels.COMPONENT).asString());
  }

  @Test
  void disableExporterDropsTheExporterContainer() throws IOException {
    String cmpd = Files.readString(REDIS.resolve("definitions/cmpd-redis.yaml"));
    String cluster =
        Files.readString(REDIS.resolve("examples/cluster-replication.yaml"))
            .replaceFirst("replicas: 2\n", "replicas: 2\n      disableExporter: true\n");
    LowerFixture f =
        new LowerFixture(cmpd, cluster)
            .component(0)
            .target(Target.INSTANCESET)
            .images(Map.of("redis", "docker.io/redis:7.2.4"));
    JsonNode pod = f.lowerOne(new InstanceSetLowerer()).path("spec").path("template").path("spec");
    assertEquals(List.of("redis", "kbagent"), names(pod.path("containers")));
  }

  @Test
  void statefulSetOfTheReplicationExample() throws IOException {
    LowerFixture f = fixture(Target.STATEFULSET);
    ObjectNode sts = f.lowerOne(new StatefulSetLowerer());
    assertEquals(List.of(), f.codes());
    assertEquals(
        "redis-replication-redis-headless", sts.path("spec").path("serviceName").asString());
    JsonNode annotations = sts.path("metadata").path("annotations");
    assertTrue(annotations.path(RoleAnnotations.ROLES).asString().contains("\"primary\""));
    // kb roles asks kbagent for the role: no probe annotation of kbforge's any more
    assertFalse(annotations.has("kbforge.dev/role-probe"));
    assertFalse(sts.path("spec").has("memberUpdateStrategy"));
  }

  @Test
  void twoRedisReplicasWithoutQuorumRolesMayLoseOne() throws IOException {
    ObjectNode pdb = fixture(Target.INSTANCESET).lowerOne(new PodDisruptionBudgetLowerer());
    assertEquals(1, pdb.path("spec").path("maxUnavailable").asInt());
  }
}
