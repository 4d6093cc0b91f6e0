package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Account Secrets against the CRUD mock: created once, random, never overwritten. */
class AccountSecretCrudTest {
  static final String SECRET = "redis-redis-account-default";

  static String statefulSet(String annotations) {
    return """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: redis-redis
          namespace: demo
          labels:
            app.kubernetes.io/instance: redis
          annotations: {%s}
        spec:
          replicas: 1
          serviceName: redis-redis-headless
          selector:
            matchLabels: {app: redis}
          template:
            metadata:
              labels: {app: redis}
            spec:
              containers:
              - name: redis
                image: redis:7
                env:
                - name: REDIS_DEFAULT_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: redis-redis-account-default
                      key: password
        """
        .formatted(annotations);
  }

  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  private Secret secret() {
    return mock.client.secrets().inNamespace("demo").withName(SECRET).get();
  }

  private static String decode(Secret s, String key) {
    return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8);
  }

  @Test
  void createsTheSecretOnceWithARandomPassword() {
    Fixture.write(dir, "sts.yaml", statefulSet(""));
    var first = fixture.apply(mock, dir);
    Secret created = secret();
    String password = decode(created, "password");
    assertEquals("default", decode(created, "username"));
    assertEquals(16, password.length());
    assertEquals(4, password.chars().filter(Character::isDigit).count());
    assertEquals(first.plan().applySet().id(), created.getMetadata().getLabels().get(Keys.PART_OF));
    assertEquals("true", created.getMetadata().getAnnotations().get(Keys.GENERATED_CREDENTIALS));
    assertEquals("default", created.getMetadata().getLabels().get(Keys.SYSTEM_ACCOUNT));
    mock.clearRequests();

    var second = fixture.apply(mock, dir);

    assertEquals(List.of(), mock.writes());
    assertEquals(password, decode(secret(), "password"));
    assertTrue(
        second.plan().steps(Action.UNCHANGED).stream()
            .anyMatch(s -> s.ref().name().equals(SECRET)));
  }

  @Test
  void twoClustersGetDifferentPasswords() {
    Fixture.write(dir, "sts.yaml", statefulSet(""));
    fixture.apply(mock, dir);
    String one = decode(secret(), "password");
    mock.client.secrets().inNamespace("demo").withName(SECRET).delete();
    fixture.apply(mock, dir);
    assertNotEquals(one, decode(secret(), "password"));
  }

  @Test
  void followsThePasswordConfigAnnotation() {
    String config =
        "kbforge.dev/password-config: '{\"redis-redis-account-default\": {\"length\": 24,"
            + " \"numDigits\": 2, \"numSymbols\": 3, \"symbolCharacters\": \"#\","
            + " \"letterCase\": \"UpperCases\", \"username\": \"root_user\"}}'";
    Fixture.write(dir, "sts.yaml", statefulSet(config));
    fixture.apply(mock, dir);
    String password = decode(secret(), "password");
    assertEquals(24, password.length());
    assertEquals(2, password.chars().filter(Character::isDigit).count());
    assertEquals(3, password.chars().filter(c -> c == '#').count());
    assertEquals(19, password.chars().filter(c -> c >= 'A' && c <= 'Z').count());
    assertEquals("root_user", decode(secret(), "username"));
  }

  @Test
  void neverOverwritesAnExistingSecret() {
    mock.client
        .secrets()
        .inNamespace("demo")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(SECRET)
                .withNamespace("demo")
                .endMetadata()
                .addToData("password", "bXluZQ==")
                .build())
        .create();
    Fixture.write(dir, "sts.yaml", statefulSet(""));
    fixture.apply(mock, dir);
    assertEquals("myne", decode(secret(), "password"));

    mock.client
        .secrets()
        .inNamespace("demo")
        .withName(SECRET)
        .edit(
            s -> {
              s.getData().put("password", "b3RoZXI=");
              return s;
            });
    mock.clearRequests();
    fixture.apply(mock, dir);
    assertEquals("other", decode(secret(), "password"));
    assertEquals(List.of(), mock.writes());
  }

  @Test
  void prunesTheSecretOnlyForWipeOut() {
    Fixture.write(dir, "sts.yaml", statefulSet(""));
    Fixture.write(
        dir,
        "cm.yaml",
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: keep, namespace: demo}
        """);
    fixture.apply(mock, dir);
    dir.resolve("sts.yaml").toFile().delete();
    fixture.prune = true;

    var result = fixture.apply(mock, dir);

    assertEquals(
        List.of("StatefulSet demo/redis-redis"),
        result.plan().steps(Action.PRUNE).stream().map(s -> s.ref().toString()).toList());
    assertEquals(
        List.of("Secret demo/" + SECRET),
        result.plan().steps(Action.KEEP).stream().map(s -> s.ref().toString()).toList());
    assertTrue(secret() != null);

    Fixture.write(dir, "sts.yaml", statefulSet("kbforge.dev/termination-policy: WipeOut"));
    fixture.prune = false;
    fixture.apply(mock, dir);
    dir.resolve("sts.yaml").toFile().delete();
    fixture.prune = true;
    var wiped = fixture.apply(mock, dir);
    assertTrue(
        wiped.plan().steps(Action.PRUNE).stream().anyMatch(s -> s.ref().name().equals(SECRET)));
    assertEquals(null, secret());
  }
}
