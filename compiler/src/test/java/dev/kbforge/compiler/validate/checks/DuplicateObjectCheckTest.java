package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same object defined twice (KB1012), reported at the later document's name. */
class DuplicateObjectCheckTest {
  @TempDir Path tmp;

  static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1.0
      spec:
        runtime:
          containers:
            - name: db
      """;

  @Test
  void definitionDefinedTwice() {
    Findings.of(tmp, "a.yaml", CMPD, "b.yaml", CMPD + "---\n" + CMPD)
        .has("KB1012", "b.yaml:4:9", "b.yaml:13:9");
  }

  @Test
  void sameNameOfDifferentKindsIsFine() {
    Findings.of(
            tmp,
            "a.yaml",
            CMPD,
            "b.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db-1.0
            spec:
              compatibilityRules:
                - compDefs: [db-1.0]
                  releases: [r1]
              releases:
                - name: r1
                  serviceVersion: 1.0.0
                  images: {db: "db:1"}
            """)
        .clean();
  }

  @Test
  void configMapsCollideOnlyInTheSameNamespace() {
    String cm =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: tpl
          namespace: %s
        data: {}
        """;
    Findings.of(
            tmp,
            "cm.yaml",
            cm.formatted("a") + "---\n" + cm.formatted("b") + "---\n" + cm.formatted("a"))
        .has("KB1012", "cm.yaml:18:9");
  }

  @Test
  void plainObjectsCollideWithTheSameGroupKindNamespaceAndName() {
    String svc =
        """
        apiVersion: %s
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: %s
        """;
    Findings.of(
            tmp,
            "web.yaml",
            svc.formatted("policy/v1", "a")
                + "---\n"
                + svc.formatted("policy/v1", "b")
                + "---\n"
                + svc.formatted("policy/v1beta1", "a"))
        .has("KB1012", "web.yaml:16:9");
  }
}
