package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Var rules (KB3113-KB3121; across definitions: {@link VarRefAcrossDefinitionsTest}). Spec fields
 * start on line 20, column 3 (see {@link Cmpd}).
 */
class ComponentDefinitionVarsTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings f = Findings.of(tmp, "cmpd.yaml", Cmpd.VALID);
    for (int code = 3113; code <= 3121; code++) {
      f.none("KB" + code);
    }
  }

  @Test
  void valueAndValueFrom() {
    check(
            """
            vars:
              - name: A
                value: "1"
                valueFrom:
                  clusterVarRef:
                    clusterName: Required
              - name: B
                value: ""
                valueFrom:
                  clusterVarRef:
                    clusterName: Required
            """)
        .has("KB3113", "cmpd.yaml:23:7");
  }

  @Test
  void compDefPatternThatDoesNotCompile() {
    check(
            """
            vars:
              - name: A
                valueFrom:
                  componentVarRef:
                    compDef: db-(
                    replicas: Required
            """)
        .has("KB3114", "cmpd.yaml:24:20")
        .none("KB3403");
  }

  @Test
  void serviceVarRefNamesUnknownServiceOrPort() {
    check(
            """
            services:
              - name: default
                spec:
                  ports:
                    - name: client
                      port: 1
            vars:
              - name: A
                valueFrom:
                  serviceVarRef:
                    name: defualt
                    host: Required
              - name: B
                valueFrom:
                  serviceVarRef:
                    name: default
                    port:
                      name: admin
              - name: C
                valueFrom:
                  serviceVarRef:
                    name: headless
                    port:
                      name: anything
            """)
        .has("KB3115", "cmpd.yaml:30:17")
        .has("KB3116", "cmpd.yaml:37:19");
  }

  @Test
  void credentialVarRefNamesUnknownAccount() {
    check(
            """
            systemAccounts:
              - name: root
                initAccount: true
            vars:
              - name: A
                valueFrom:
                  credentialVarRef:
                    name: admin
                    password: Required
            """)
        .has("KB3117", "cmpd.yaml:27:17");
  }

  @Test
  void componentVarRefNamesUnknownRole() {
    check(
            """
            roles:
              - name: primary
            vars:
              - name: A
                valueFrom:
                  componentVarRef:
                    podNamesForRole:
                      role: leader
              - name: B
                valueFrom:
                  componentVarRef:
                    podFQDNsForRole:
                      role: Primary
            lifecycleActions:
              roleProbe:
                exec:
                  command: [role]
            """)
        .has("KB3118", "cmpd.yaml:27:19");
  }

  @Test
  void resourceVarRefNamesUnknownVolume() {
    check(
            """
            volumes:
              - name: logs
            vars:
              - name: A
                valueFrom:
                  resourceVarRef:
                    storage:
                      name: wal
              - name: B
                valueFrom:
                  resourceVarRef:
                    storage:
                      name: data
            """)
        // 'data' is mounted by a container: a volume claim template
        .has("KB3119", "cmpd.yaml:27:19");
  }

  @Test
  void hostNetworkVarRefNamesUnknownContainerOrPort() {
    check(
            """
            vars:
              - name: A
                valueFrom:
                  hostNetworkVarRef:
                    container:
                      name: web
              - name: B
                valueFrom:
                  hostNetworkVarRef:
                    container:
                      name: exporter
                      port:
                        name: client
            """)
        .has("KB3120", "cmpd.yaml:25:19")
        .has("KB3121", "cmpd.yaml:32:21");
  }

  /**
   * KubeBlocks resolves a reference whose compDef matches its own definition in its own component
   * unless it asks for several (resolveReferentComponents, pkg/controller/component/vars.go): a
   * sibling that the pattern also matches does not make a name defined.
   */
  @Test
  void referenceMatchingThisDefinitionResolvesInItAlone() {
    String sibling =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: db-2.0
        spec:
          runtime:
            containers:
              - name: db
          systemAccounts:
            - name: admin
              initAccount: true
        """;
    Findings.of(
            tmp,
            "cmpd.yaml",
            Cmpd.of(
                """
                systemAccounts:
                  - name: root
                    initAccount: true
                vars:
                  - name: A
                    valueFrom:
                      credentialVarRef:
                        compDef: ^db-
                        name: admin
                  - name: B
                    valueFrom:
                      credentialVarRef:
                        compDef: ^db-
                        name: root
                """),
            "sibling.yaml",
            sibling)
        .has("KB3117", "cmpd.yaml:28:17")
        .none("KB3408");
  }
}
