package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Black box, the day-2 loop of issue 12: {@code kb cluster hscale} edits the Cluster file, {@code
 * kb render} renders it, {@code kb apply} applies it to fabric8's CRUD mock API server. What
 * changes live is the workload's replicas, plus the vars KubeBlocks derives from the replicas (the
 * component's replica count and pod FQDN lists in the env ConfigMaps), and nothing else.
 */
class ClusterEditProcessIT {
  private static final String STS = "StatefulSet default/redis-replication-redis";
  private static final Pattern REPLICA_VARS =
      Pattern.compile("COMPONENT_REPLICAS|[A-Z_]*POD_FQDN_LIST|[A-Z_]*POD_NAME_LIST");

  @TempDir Path tmp;
  MockApiServer mock;
  Path cluster;

  @BeforeEach
  void start() throws IOException {
    mock = MockApiServer.crud(tmp, Duration.ZERO);
    cluster = tmp.resolve("cluster.yaml");
    Files.copy(Trees.root().resolve("addons/redis/examples/cluster-replication.yaml"), cluster);
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  private void renderAndApply() {
    Path redis = Trees.root().resolve("addons/redis");
    KbProcess render =
        KbProcess.run(
            "render",
            "--target",
            "statefulset",
            redis.resolve("addon.yaml").toString(),
            redis.resolve("definitions").toString(),
            cluster.toString(),
            "--out",
            tmp.resolve("out").toString());
    assertEquals(0, render.status(), render.toString());
    KbProcess apply =
        KbProcess.run(
            "apply",
            "--kubeconfig",
            mock.kubeconfig.toString(),
            // the CRUD mock runs no pods and no kbagent: memberJoin of the new replica is
            // LifecycleProcessIT's subject, not this test's
            "--no-actions",
            tmp.resolve("out").toString());
    assertEquals(0, apply.status(), apply.toString());
  }

  @Test
  void hscaleThenRenderThenApplyChangesTheWorkloadsReplicas() throws IOException {
    renderAndApply();
    SortedMap<String, String> before = mock.liveState();
    String original = Files.readString(cluster);

    KbProcess hscale =
        KbProcess.run(
            "cluster",
            "hscale",
            cluster.toString(),
            "--component",
            "redis",
            "--replicas",
            "3",
            "--addons",
            Trees.root().resolve("addons/redis").toString());
    assertEquals(0, hscale.status(), hscale.toString());
    assertEquals(
        original.replace("      replicas: 2\n", "      replicas: 3\n"),
        Files.readString(cluster),
        "only the replicas line of the file changes");

    renderAndApply();
    SortedMap<String, String> after = mock.liveState();
    assertEquals(before.keySet(), after.keySet(), "no object created or deleted");
    ObjectMapper json = new ObjectMapper();
    List<String> changed = new ArrayList<>();
    for (String key : before.keySet()) {
      JsonNode was = json.readTree(before.get(key));
      JsonNode now = json.readTree(after.get(key));
      if (was.equals(now)) {
        continue;
      }
      changed.add(key);
      if (key.equals(STS)) {
        assertEquals(2, was.at("/spec/replicas").asInt());
        assertEquals(3, now.at("/spec/replicas").asInt());
        ((tools.jackson.databind.node.ObjectNode) now.get("spec")).put("replicas", 2);
        // the template vars kb apply passes the actions follow the replicas, as the env does
        String vars = "/metadata/annotations/kbforge.dev~1template-vars";
        JsonNode wasVars = json.readTree(was.at(vars).asString());
        JsonNode nowVars = json.readTree(now.at(vars).asString());
        for (String var : wasVars.propertyNames()) {
          boolean same = wasVars.path(var).equals(nowVars.path(var));
          assertTrue(same || REPLICA_VARS.matcher(var).matches(), "template var " + var);
        }
        ((tools.jackson.databind.node.ObjectNode) now.at("/metadata/annotations"))
            .put("kbforge.dev/template-vars", was.at(vars).asString());
        assertEquals(was, now, "nothing but spec.replicas and the replica vars");
      } else {
        assertTrue(key.startsWith("ConfigMap ") && key.endsWith("-env"), key + " changed");
        TreeSet<String> keys = new TreeSet<>();
        was.path("data").propertyNames().forEach(keys::add);
        now.path("data").propertyNames().forEach(keys::add);
        for (String var : keys) {
          boolean same = was.path("data").path(var).equals(now.path("data").path(var));
          assertTrue(same || REPLICA_VARS.matcher(var).matches(), key + " var " + var + " changed");
        }
      }
    }
    assertTrue(changed.contains(STS), changed.toString());
  }
}
