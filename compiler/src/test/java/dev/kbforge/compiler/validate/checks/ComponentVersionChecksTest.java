package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ComponentVersion rules (KB3201-KB3206), checked together with the valid {@link Cmpd}. */
class ComponentVersionChecksTest {
  @TempDir Path tmp;

  static final String VALID =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentVersion
      metadata:
        name: db
      spec:
        compatibilityRules:
          - compDefs:
              - db-1
            releases:
              - r1
              - r2
        releases:
          - name: r1
            serviceVersion: 1.0.0
            images:
              db: db:1.0.0
              INIT: init:1
              postProvision: tools:1
          - name: r2
            serviceVersion: v1.0.1-rc.1
            images:
              exporter: exporter:1
      """;

  private Findings check(String cmpv) {
    return Findings.of(tmp, "cmpv.yaml", cmpv, "cmpd.yaml", Cmpd.VALID);
  }

  @Test
  void validVersionHasNoFindings() {
    check(VALID).clean();
  }

  @Test
  void duplicateRelease() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db
            spec:
              compatibilityRules:
                - compDefs: [db-]
                  releases: [r1]
              releases:
                - name: r1
                  serviceVersion: 1.0.0
                  images: {db: "db:1"}
                - name: r1
                  serviceVersion: 1.0.1
                  images: {db: "db:2"}
            """)
        .has("KB3201", "cmpv.yaml:13:13");
  }

  @Test
  void ruleNamesUndefinedReleaseAndReleaseIsUnused() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db
            spec:
              compatibilityRules:
                - compDefs: [db-]
                  releases:
                    - r1
                    - r-2
              releases:
                - name: r1
                  serviceVersion: 1.0.0
                  images: {db: "db:1"}
                - name: r2
                  serviceVersion: 1.0.1
                  images: {db: "db:2"}
            """)
        .has("KB3202", "cmpv.yaml:10:11")
        .has("KB3203", "cmpv.yaml:15:13");
  }

  @Test
  void releaseServiceVersionNotSemver() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db
            spec:
              compatibilityRules:
                - compDefs: [db-]
                  releases: [r1, r2, r3]
              releases:
                - name: r1
                  serviceVersion: "8.0"
                  images: {db: "db:1"}
                - name: r2
                  serviceVersion: 8.0.01
                  images: {db: "db:1"}
                - name: r3
                  serviceVersion: 8.0.1-01
                  images: {db: "db:1"}
            """)
        .has("KB3204", "cmpv.yaml:11:23", "cmpv.yaml:14:23", "cmpv.yaml:17:23");
  }

  @Test
  void compDefPatternThatDoesNotCompile() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db
            spec:
              compatibilityRules:
                - compDefs:
                    - db-(
                  releases: [r1]
              releases:
                - name: r1
                  serviceVersion: 1.0.0
                  images: {db: "db:1"}
            """)
        .has("KB3205", "cmpv.yaml:8:11")
        .none("KB3404");
  }

  @Test
  void imageKeyThatIsNoContainerOrAction() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: db
            spec:
              compatibilityRules:
                - compDefs: [db-]
                  releases: [r1]
                - compDefs: [other-]
                  releases: [r2]
              releases:
                - name: r1
                  serviceVersion: 1.0.0
                  images:
                    db: db:1
                    dbb: db:1
                    ACCOUNTPROVISION: tools:1
                - name: r2
                  serviceVersion: 1.0.0
                  images:
                    anything: x:1
            """)
        // r2's definitions are not in the input set: nothing to compare its keys with
        .has("KB3206", "cmpv.yaml:16:9");
  }
}
