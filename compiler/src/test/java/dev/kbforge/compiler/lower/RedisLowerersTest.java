package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.EXTERNAL_SECRETS;
import static dev.kbforge.compiler.lower.LowerFixtures.STATEFULSET;
import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.codes;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.kinds;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Every non-workload lowerer over the repository's redis definition and replication example. */
class RedisLowerersTest {
  private static SynthesizedComponent redis;
  private static LoweringContext context;

  @BeforeAll
  static void load() throws IOException {
    Path addon = ProjectRoot.find().resolve("addons/redis");
    String cmpd = Files.readString(addon.resolve("definitions/cmpd-redis.yaml"));
    String cluster = Files.readString(addon.resolve("examples/cluster-replication.yaml"));
    redis =
        component(
            cluster(LowerFixtures.load("cluster-replication.yaml", cluster), EXTERNAL_SECRETS),
            0,
            LowerFixtures.load("cmpd-redis.yaml", cmpd));
    TreeMap<String, String> files = new TreeMap<>();
    files.put("redis.conf", "maxmemory 429496729\n");
    context =
        context(
            redis,
            Map.of("SERVICE_PORT", "6379"),
            List.of(
                new RenderedTemplate("redis-config", "redis-config", 0444, true, files, "f00d")));
  }

  private static List<ObjectNode> all() {
    List<ObjectNode> objects = new ArrayList<>();
    for (Lowerer lowerer :
        List.of(
            new HeadlessServiceLowerer(),
            new ComponentServiceLowerer(),
            new EnvConfigMapLowerer(),
            new TemplateConfigMapLowerer(),
            new RbacLowerer(),
            new AccountSecretsLowerer())) {
      objects.addAll(lowerer.lower(context));
    }
    return objects;
  }

  @Test
  void redisComponentLowersToItsServicesConfigAndIdentity() {
    List<ObjectNode> objects = all();
    assertEquals(
        List.of(
            // no headless Service: the InstanceSet controller makes it
            "Service redis-replication-redis-redis",
            "ConfigMap redis-replication-redis-env",
            "ConfigMap redis-replication-redis-redis-config",
            "ServiceAccount kb-redis-replication-redis",
            "RoleBinding kb-redis-replication-redis-pod",
            "Password redis-replication-redis-account-default",
            "ExternalSecret redis-replication-redis-account-default"),
        objects.stream()
            .map(o -> o.path("kind").asString() + " " + o.at("/metadata/name").asString())
            .toList());
    assertEquals(List.of(), codes(context.reporter()));
    for (ObjectNode object : objects) {
      assertEquals("default", object.at("/metadata/namespace").asString(), object.toString());
      assertEquals(
          "redis-replication",
          object.at("/metadata/labels/app.kubernetes.io~1instance").asString(),
          object.toString());
    }
  }

  @Test
  void headlessServicePublishesRedisMetricsAndKbagentPorts() {
    SynthesizedComponent onStatefulSet =
        component(cluster(redis.cluster().document(), STATEFULSET), 0, redis.definition());
    ObjectNode headless =
        new HeadlessServiceLowerer().lower(context(onStatefulSet, Map.of(), List.of())).get(0);
    assertEquals(
        "[{\"name\":\"redis\",\"port\":6379,\"protocol\":\"TCP\"},"
            + "{\"name\":\"http-metrics\",\"port\":9121,\"protocol\":\"TCP\"},"
            + "{\"name\":\"http\",\"port\":3501,\"protocol\":\"TCP\"},"
            + "{\"name\":\"streaming\",\"port\":3502,\"protocol\":\"TCP\"}]",
        headless.at("/spec/ports").toString());
  }

  @Test
  void redisServiceSelectsThePrimary() {
    ObjectNode service = new ComponentServiceLowerer().lower(context).get(0);
    assertEquals("primary", service.at("/spec/selector/kubeblocks.io~1role").asString());
    assertEquals("ClusterIP", service.at("/spec/type").asString());
    assertEquals(6379, service.at("/spec/ports/0/port").asInt());
  }

  @Test
  void defaultAccountFollowsItsPasswordConfig() {
    List<ObjectNode> objects = new AccountSecretsLowerer().lower(context);
    assertEquals(List.of("Password", "ExternalSecret"), kinds(objects));
    assertEquals(
        "{\"length\":16,\"digits\":4,\"symbols\":0,\"symbolCharacters\":\"!@#&*\","
            + "\"noUpper\":false,\"allowRepeat\":true}",
        objects.get(0).path("spec").toString());
    assertEquals(
        "redis-replication-redis-account-default",
        objects.get(1).at("/spec/target/name").asString());
    assertEquals(
        List.of(
            "redis-replication-redis-account-default", "redis-replication-redis-account-default"),
        names(objects));
  }

  @Test
  void nothingHoldsAPassword() {
    PasswordScan.assertNoPasswords(all());
  }
}
