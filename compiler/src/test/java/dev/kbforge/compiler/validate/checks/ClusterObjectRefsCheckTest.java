package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KB4070, KB4071 on a Cluster alone (no definitions: the reference checks do not need them; the
 * Cluster's other findings are not asserted).
 */
class ClusterObjectRefsCheckTest {
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
            systemAccounts:
              - name: root
                secretRef: {name: root-password, namespace: %s}
            configs:
              - name: conf
                externalManaged: true
                configMap: {name: outside-config}
      """;

  private static final String SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: root-password
        namespace: demo
      %s
      """;

  @Test
  void missingObjectsAreWarningsAtTheirName() {
    Findings.of(tmp, "db.yaml", CLUSTER.formatted("demo"))
        .has("KB4070", "db.yaml:13:29")
        .has("KB4071", "db.yaml:17:29");
  }

  @Test
  void aSecretOfTheInputSetInTheNamedNamespaceSatisfiesTheReference() {
    Findings.of(tmp, "db.yaml", CLUSTER.formatted("demo"), "s.yaml", SECRET.formatted(""))
        .none("KB4070")
        .has("KB1013", "s.yaml:4:9");
    Findings.of(tmp, "db.yaml", CLUSTER.formatted("other"), "s.yaml", SECRET.formatted(""))
        .has("KB4070", "db.yaml:13:29");
  }

  @Test
  void aBrokenSecretIsReportedOnceNotAsMissingToo() {
    Findings.of(
            tmp, "db.yaml", CLUSTER.formatted("demo"), "s.yaml", SECRET.formatted("strngData: {}"))
        .has("KB1014", "s.yaml:6:1")
        .none("KB4070");
  }
}
