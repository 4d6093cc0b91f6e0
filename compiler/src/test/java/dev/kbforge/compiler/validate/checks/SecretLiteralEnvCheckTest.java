package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4080 (Cluster) and KB2022 (definitions): literal values on secret-looking env vars. */
class SecretLiteralEnvCheckTest {
  @TempDir Path tmp;

  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: db
        namespace: demo
      spec:
        terminationPolicy: Delete
        componentSpecs:
          - name: main
            componentDef: nothing
            env:
              - {name: ROOT_PASSWORD, value: hunter2}
              - {name: LOG_LEVEL, value: debug}
              - {name: TLS_KEY_FILE, value: /etc/tls/key.pem}
              - {name: apiToken, value: abc}
              - {name: REPL_PASSWORD, value: "$(ROOT_PASSWORD)"}
              - name: ADMIN_SECRET
                valueFrom: {secretKeyRef: {name: db-admin, key: secret}}
              - {name: EMPTY_TOKEN, value: ""}
        shardings:
          - name: shard
            shards: 2
            template:
              name: s
              componentDef: nothing
              env:
                - {name: SECRET_KEY, value: k}
      """;

  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo
      spec:
        runtime:
          initContainers:
            - name: init
              image: busybox
              env:
                - {name: DB_PASSWORD, value: secret123}
          containers:
            - name: main
              image: busybox
              env:
                - {name: REDIS_PASSWORD, value: "$(REDIS_DEFAULT_PASSWORD)"}
                - {name: PORT, value: "6379"}
        lifecycleActions:
          postProvision:
            exec:
              command: [sh]
              env:
                - {name: AUTH_TOKEN, value: t}
      """;

  @Test
  void clusterEnvLiteralsAreWarningsAtTheValue() {
    Findings.of(tmp, "db.yaml", CLUSTER)
        .has("KB4080", "db.yaml:12:40", "db.yaml:15:35", "db.yaml:27:39");
  }

  @Test
  void definitionEnvLiteralsAreWarningsAtTheValue() {
    Findings.of(tmp, "cmpd.yaml", CMPD).has("KB2022", "cmpd.yaml:11:40", "cmpd.yaml:23:39");
  }

  @Test
  void namesAreReadAsWords() {
    for (String name :
        List.of("ROOT_PASSWORD", "rootPassword", "secret-key", "GITHUB_TOKEN", "KEY", "passwd")) {
      assertTrue(SecretNames.looksSecret(name), name);
    }
    for (String name :
        List.of(
            "MONKEY", "KEYSPACE", "TOKENIZER", "PASSWORD_FILE", "SECRET_NAME", "keyPath", "PORT")) {
      assertFalse(SecretNames.looksSecret(name), name);
    }
    assertEquals(List.of("api", "token", "value"), SecretNames.words("apiToken.VALUE"));
  }
}
