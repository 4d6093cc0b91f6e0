package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Rendered upstream config values checked by hand against what KubeBlocks' functions compute for
 * the same pod resources (pkg/controller/render/builtin_functions.go: getContainerMemory is the
 * memory limit's Quantity.Value()). Both examples give their main container 0.5Gi = 536870912
 * bytes. The externalManaged config templates are rendered as the parameters controller would, and
 * the InstanceSet's spec.configs carries their hash.
 */
class UpstreamConfigSpotCheckTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static Compiled compile(String addon, String example, Target target) {
    Path addons = ReferenceData.addons();
    Path file = addons.resolve("examples").resolve(addon).resolve(example);
    assumeTrue(Files.isRegularFile(file), "reference data not found; skipping");
    Reporter reporter = new Reporter();
    RenderOptions defaults = RenderOptions.defaults();
    Compiled compiled =
        new Pipeline()
            .compile(
                SourceReader.read(List.of(addons.resolve(addon + ".yaml"), file)),
                new RenderOptions(target, defaults.secrets(), defaults.clusterDomain()),
                reporter);
    assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
    assertTrue(
        reporter.diagnostics().stream().noneMatch(d -> d.code().equals("KB5407")),
        () -> reporter.diagnostics().toString());
    return compiled;
  }

  private static boolean hasLine(String text, String line) {
    return text.lines().anyMatch(line::equals);
  }

  private static JsonNode object(Compiled compiled, String path) {
    byte[] bytes = compiled.tree().files().get(path);
    assertTrue(bytes != null, () -> path + " not in " + compiled.tree().files().keySet());
    return YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * redis.conf: {@code maxmemory {{ mulf $request_memory 0.8 | int }}} with $request_memory =
   * getContainerMemory = 536870912: 429496729.6, truncated by int.
   */
  @Test
  void redisReplicationMaxmemoryIsEightyPercentOfTheMemoryLimit() {
    Compiled compiled = compile("redis", "cluster.yaml", Target.INSTANCESET);
    String dir = "demo/redis-replication/";
    JsonNode cm =
        object(compiled, dir + "configmap-redis-replication-redis-redis-replication-config.yaml");
    String conf = cm.path("data").path("redis.conf").asString();
    assertTrue(hasLine(conf, "maxmemory 429496729"), conf);
    // serviceVersion 7.2.4 picks redis-7's definition, whose template is redis7-config-template
    assertEquals(
        "redis7-config-template-1.2.0-alpha.0",
        cm.path("metadata").path("labels").path("config.kubeblocks.io/template-name").asString());
    JsonNode its = object(compiled, dir + "instanceset-redis-replication-redis.yaml");
    JsonNode config = its.path("spec").path("configs").path(0);
    assertEquals("redis-replication-config", config.path("name").asString());
    assertEquals(
        cm.path("metadata").path("labels").path("config.kubeblocks.io/config-hash").asString(),
        config.path("configHash").asString());
    assertEquals(
        "reconfigure-cmpd-redis-replication-config",
        config.path("reconfigureActionName").asString());
  }

  /**
   * postgresql.conf: shared_buffers = getContainerMemory / 4 = 134217728 bytes, divided by 1024
   * while at least 1024 (KB, then MB): 128MB; max_connections = min(536870912 / 9531392, 5000) =
   * 56.
   */
  @Test
  void postgresqlSharedBuffersAndMaxConnectionsFollowTheMemoryLimit() {
    Compiled compiled = compile("postgresql", "cluster.yaml", Target.STATEFULSET);
    JsonNode cm =
        object(
            compiled,
            "demo/pg-cluster/configmap-pg-cluster-postgresql-postgresql-configuration.yaml");
    String conf = cm.path("data").path("postgresql.conf").asString();
    assertTrue(hasLine(conf, "shared_buffers = '128MB'"), conf);
    assertTrue(hasLine(conf, "max_connections = '56'"), conf);
    // the StatefulSet target has no spec.configs: its checksum annotation covers this template too
    JsonNode sts = object(compiled, "demo/pg-cluster/statefulset-pg-cluster-postgresql.yaml");
    assertFalse(sts.path("spec").has("configs"));
    assertFalse(
        sts.path("spec")
            .path("template")
            .path("metadata")
            .path("annotations")
            .path("kbforge.dev/config-checksum")
            .asString("")
            .isEmpty());
  }
}
