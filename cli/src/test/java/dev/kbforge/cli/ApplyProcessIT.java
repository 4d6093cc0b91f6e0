package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black box: {@code java -jar kb.jar apply} against fabric8's CRUD mock API server (a mock, not a
 * real cluster: it has no server-side apply, so kb falls back to create/update), applying the
 * rendered redis tree with its CRDs.
 */
class ApplyProcessIT {
  static final String SECRET = "redis-standalone-redis-account-default";
  static final String CONFIG_MAP = "redis-standalone-redis-env";
  static final String SERVICE_FILE =
      "default/redis-standalone/service-redis-standalone-redis-redis.yaml";

  @TempDir Path tmp;
  MockApiServer mock;
  Path tree;

  @BeforeEach
  void start() {
    tree = RenderedTree.redis(tmp, "instanceset");
    mock = MockApiServer.crud(tmp, Duration.ZERO);
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  KbProcess apply(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("apply", "--kubeconfig"));
    args.add(mock.kubeconfig.toString());
    args.addAll(List.of(options));
    args.add(tree.toString());
    KbProcess kb = KbProcess.run(args.toArray(String[]::new));
    assertEquals(0, kb.status(), kb.toString());
    return kb;
  }

  Secret secret() {
    return mock.client.secrets().inNamespace("default").withName(SECRET).get();
  }

  ConfigMap configMap() {
    return mock.client.configMaps().inNamespace("default").withName(CONFIG_MAP).get();
  }

  @Test
  void appliesReappliesRepairsAndPrunes() {
    // first apply: everything is created, CRDs before the custom resources that need them
    KbProcess first = apply();
    assertTrue(first.err().contains("using create/update"), first.err());
    List<String> writes = mock.writes();
    int lastCrd = lastIndex(writes, "/customresourcedefinitions");
    int firstInstanceSet = firstIndex(writes, "/namespaces/default/instancesets");
    assertTrue(lastCrd >= 0 && firstInstanceSet > lastCrd, String.valueOf(writes));
    String password = new String(Base64.getDecoder().decode(secret().getData().get("password")));
    assertEquals(16, password.length());
    assertNotNull(
        mock.client
            .services()
            .inNamespace("default")
            .withName("redis-standalone-redis-redis")
            .get());

    // a re-apply writes nothing
    mock.clearLog();
    KbProcess second = apply();
    assertEquals(List.of(), mock.writes());
    assertEquals(Map.of("GET", mock.log().size()), mock.byMethod());
    assertTrue(second.out().strip().endsWith("; 0 write(s)"), second.out());

    // tampering: the account Secret is never overwritten, the ConfigMap is restored
    String tampered =
        Base64.getEncoder().encodeToString("tampered".getBytes(StandardCharsets.UTF_8));
    mock.client
        .secrets()
        .inNamespace("default")
        .withName(SECRET)
        .edit(
            s -> {
              s.getData().put("password", tampered);
              return s;
            });
    String replicas = configMap().getData().get("COMPONENT_REPLICAS");
    mock.client
        .configMaps()
        .inNamespace("default")
        .withName(CONFIG_MAP)
        .edit(
            c -> {
              c.getData().put("COMPONENT_REPLICAS", "9");
              return c;
            });
    mock.clearLog();
    KbProcess repair = apply();
    assertEquals(tampered, secret().getData().get("password"));
    assertEquals(replicas, configMap().getData().get("COMPONENT_REPLICAS"));
    // the server refuses the apply patch (the mock has no server-side apply), then takes a PUT
    assertEquals(
        List.of(
            "PATCH /api/v1/namespaces/default/configmaps/"
                + CONFIG_MAP
                + "?fieldManager=kbforge&force=true",
            "PUT /api/v1/namespaces/default/configmaps/" + CONFIG_MAP),
        mock.writes());
    assertTrue(repair.out().contains("ConfigMap default/" + CONFIG_MAP + " updated"), repair.out());

    // a file leaves the tree: --dry-run --prune says what it would prune and changes nothing
    RenderedTree.remove(tree, SERVICE_FILE);
    mock.clearLog();
    KbProcess dryRun = apply("--dry-run", "--prune");
    assertEquals(List.of(), mock.writes());
    assertTrue(
        dryRun
            .out()
            .contains(
                "prune      Service default/redis-standalone-redis-redis: no longer in the tree\n"),
        dryRun.out());
    assertTrue(dryRun.out().contains(" 1 to prune, "), dryRun.out());
    assertNotNull(
        mock.client
            .services()
            .inNamespace("default")
            .withName("redis-standalone-redis-redis")
            .get());

    // --prune deletes it, and only it
    mock.clearLog();
    KbProcess prune = apply("--prune");
    assertNull(
        mock.client
            .services()
            .inNamespace("default")
            .withName("redis-standalone-redis-redis")
            .get());
    assertEquals(
        List.of("DELETE /api/v1/namespaces/default/services/redis-standalone-redis-redis"),
        mock.writes().stream().filter(w -> w.startsWith("DELETE")).toList());
    assertTrue(
        prune.out().contains("Service default/redis-standalone-redis-redis pruned"), prune.out());
    assertFalse(prune.out().contains("\tat "), prune.out());
  }

  static int firstIndex(List<String> requests, String part) {
    for (int i = 0; i < requests.size(); i++) {
      if (requests.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  static int lastIndex(List<String> requests, String part) {
    for (int i = requests.size() - 1; i >= 0; i--) {
      if (requests.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
