package dev.kbforge.compiler.synth;

import static dev.kbforge.compiler.synth.SynthHarness.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.ProjectRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** kbforge's own redis addon (addons/redis): its replication example resolves completely. */
class RedisAddonResolveTest {
  private static final Path ADDON = ProjectRoot.find().resolve("addons/redis");

  private final SynthHarness harness =
      SynthHarness.ofPaths(
              List.of(
                  ADDON.resolve("definitions"), ADDON.resolve("examples/cluster-replication.yaml")))
          .valid();
  private final List<SynthesizedComponent> components = harness.components("redis-replication");
  private final Map<String, ResolvedVars> vars = harness.allVars("redis-replication");

  @Test
  void sentinelsComeFirstWithImagesOfTheRequestedVersion() {
    assertEquals(
        List.of("redis-sentinel", "redis"), components.stream().map(c -> c.name()).toList());
    SynthesizedComponent redis = named(components, "redis");
    assertEquals("redis-7-0.1.0", redis.definitionName());
    assertEquals("7.2.4", redis.serviceVersion());
    assertEquals("docker.io/redis:7.2.4", redis.images().get("redis"));
    assertEquals("docker.io/redis:7.2.4", redis.images().get("roleProbe"));
    assertEquals("docker.io/oliver006/redis_exporter:v1.80.1", redis.images().get("metrics"));
    assertEquals(
        "docker.io/redis:7.2.4", named(components, "redis-sentinel").images().get("memberLeave"));
  }

  @Test
  void redisFindsItsSentinelsAndItsMemoryLimit() {
    Map<String, String> redis = vars.get("redis").plain();
    assertEquals("536870912", redis.get("PHY_MEMORY"));
    assertEquals(536870912L, vars.get("redis").templateContext().get("PHY_MEMORY"));
    assertEquals("redis-replication-redis-sentinel", redis.get("SENTINEL_COMPONENT_NAME"));
    assertEquals(
        "redis-replication-redis-sentinel-0.redis-replication-redis-sentinel-headless"
            + ".default.svc.cluster.local,"
            + "redis-replication-redis-sentinel-1.redis-replication-redis-sentinel-headless"
            + ".default.svc.cluster.local,"
            + "redis-replication-redis-sentinel-2.redis-replication-redis-sentinel-headless"
            + ".default.svc.cluster.local",
        redis.get("SENTINEL_POD_FQDN_LIST"));
    assertEquals("26379", redis.get("SENTINEL_SERVICE_PORT"));
    assertEquals("2", redis.get("COMPONENT_REPLICAS"));
    assertEquals("redis-replication-redis", redis.get("REDIS_COMPONENT_NAME"));
    assertEquals("redis-replication", redis.get("CLUSTER_NAME"));
  }

  @Test
  void passwordsAreSecretReferences() {
    Map<String, JsonNode> env = new java.util.LinkedHashMap<>();
    vars.get("redis").env().forEach(e -> env.put(e.path("name").asString(), e));
    assertEquals(
        List.of("REDIS_DEFAULT_USER", "REDIS_DEFAULT_PASSWORD", "SENTINEL_PASSWORD"),
        List.copyOf(env.keySet()));
    assertEquals(
        "{\"secretKeyRef\":{\"name\":\"redis-replication-redis-sentinel-account-default\","
            + "\"key\":\"password\"}}",
        env.get("SENTINEL_PASSWORD").path("valueFrom").toString());
    assertFalse(env.get("REDIS_DEFAULT_PASSWORD").has("value"));
  }

  @Test
  void nothingIsReported() {
    assertEquals(List.of(), harness.codes());
  }

  @Test
  void standaloneRedisLeavesTheOptionalSentinelVarsOut() {
    SynthHarness standalone =
        SynthHarness.ofPaths(
                List.of(
                    ADDON.resolve("definitions"),
                    ADDON.resolve("examples/cluster-standalone.yaml")))
            .valid();
    ResolvedVars redis = standalone.vars("redis-standalone", "redis");
    assertFalse(redis.plain().containsKey("SENTINEL_COMPONENT_NAME"));
    assertFalse(redis.plain().containsKey("SENTINEL_POD_FQDN_LIST"));
    assertFalse(
        redis.env().stream().anyMatch(e -> e.path("name").asString().startsWith("SENTINEL")));
    assertEquals("536870912", redis.plain().get("PHY_MEMORY"));
    assertEquals(List.of(), standalone.codes());
  }
}
