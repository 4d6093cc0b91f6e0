package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Var references that resolve through compDef in other ComponentDefinitions of the input set
 * (KB3406-KB3412): every matching definition must define the name, one is enough where KubeBlocks
 * tolerates a missing object or value (pkg/controller/component/vars.go). Spec fields of {@code
 * cmpd.yaml} start on line 20, column 3 (see {@link Cmpd}).
 */
class VarRefAcrossDefinitionsTest {
  @TempDir Path tmp;

  /** Defines everything the references below name. */
  private static final String PROXY_1 =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: proxy-1.0
      spec:
        roles:
          - name: leader
        services:
          - name: proxy
            spec:
              ports:
                - name: client
                  port: 6000
          - name: metrics
            spec:
              ports:
                - name: metrics
                  port: 9000
        volumes:
          - name: data
        systemAccounts:
          - name: admin
            initAccount: true
        runtime:
          containers:
            - name: proxy
              ports:
                - name: client
                  containerPort: 6000
            - name: sidecar
              ports:
                - name: client
                  containerPort: 6001
      """;

  /** Matched by the same pattern, but defines only the service and container, without ports. */
  private static final String PROXY_2 =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: proxy-2.0
      spec:
        services:
          - name: proxy
            spec:
              ports:
                - name: admin
                  port: 6100
        runtime:
          containers:
            - name: proxy
      """;

  private static final String REQUIRED_REFS =
      """
      vars:
        - name: A
          valueFrom:
            serviceVarRef:
              compDef: ^proxy-
              name: proxy
              port:
                name: client
        - name: B
          valueFrom:
            serviceVarRef:
              compDef: ^proxy-
              name: metrics
              host: Required
        - name: C
          valueFrom:
            credentialVarRef:
              compDef: ^proxy-
              name: admin
              password: Required
        - name: D
          valueFrom:
            componentVarRef:
              compDef: ^proxy-
              podNamesForRole:
                role: leader
        - name: E
          valueFrom:
            hostNetworkVarRef:
              compDef: ^proxy-
              container:
                name: proxy
                port:
                  name: client
        - name: F
          valueFrom:
            hostNetworkVarRef:
              compDef: ^proxy-
              container:
                name: sidecar
        - name: G
          valueFrom:
            resourceVarRef:
              compDef: ^proxy-
              storage:
                name: data
      """;

  @Test
  void everyMatchingDefinitionMustDefineWhatARequiredReferenceNames() {
    Findings.of(
            tmp,
            "cmpd.yaml",
            Cmpd.of(REQUIRED_REFS),
            "proxy-1.yaml",
            PROXY_1,
            "proxy-2.yaml",
            PROXY_2)
        .has("KB3407", "cmpd.yaml:27:19")
        .has("KB3406", "cmpd.yaml:32:17")
        .has("KB3408", "cmpd.yaml:38:17")
        .has("KB3409", "cmpd.yaml:45:19")
        .has("KB3411", "cmpd.yaml:53:21")
        .has("KB3410", "cmpd.yaml:59:19")
        .has("KB3412", "cmpd.yaml:65:19")
        .none("KB3403");
  }

  @Test
  void noFindingWhenTheOnlyMatchDefinesEverything() {
    Findings f = Findings.of(tmp, "cmpd.yaml", Cmpd.of(REQUIRED_REFS), "proxy-1.yaml", PROXY_1);
    for (int code = 3403; code <= 3412; code++) {
      f.none("KB" + code);
    }
    for (int code = 3115; code <= 3121; code++) {
      f.none("KB" + code);
    }
  }

  @Test
  void noMatchInTheInputSetIsOnlyTheAnotherAddonWarning() {
    Findings f = Findings.of(tmp, "cmpd.yaml", Cmpd.of(REQUIRED_REFS));
    f.has(
        "KB3403",
        "cmpd.yaml:24:20",
        "cmpd.yaml:31:20",
        "cmpd.yaml:37:20",
        "cmpd.yaml:43:20",
        "cmpd.yaml:49:20",
        "cmpd.yaml:57:20",
        "cmpd.yaml:63:20");
    for (int code = 3406; code <= 3412; code++) {
      f.none("KB" + code);
    }
  }

  @Test
  void optionalReferencesNeedOneMatchExceptForServices() {
    Findings.of(
            tmp,
            "cmpd.yaml",
            Cmpd.of(
                """
                vars:
                  - name: A
                    valueFrom:
                      serviceVarRef:
                        compDef: ^proxy-
                        name: proxy
                        port:
                          name: client
                          option: Optional
                  - name: B
                    valueFrom:
                      serviceVarRef:
                        compDef: ^proxy-
                        name: metrics
                        optional: true
                        host: Required
                  - name: C
                    valueFrom:
                      credentialVarRef:
                        compDef: ^proxy-
                        name: admin
                        optional: true
                        password: Required
                  - name: D
                    valueFrom:
                      credentialVarRef:
                        compDef: ^proxy-
                        name: nobody
                        optional: true
                        password: Required
                  - name: E
                    valueFrom:
                      componentVarRef:
                        compDef: ^proxy-
                        optional: true
                        podNamesForRole:
                          role: leader
                  - name: F
                    valueFrom:
                      resourceVarRef:
                        compDef: ^proxy-
                        storage:
                          name: data
                          option: Optional
                  - name: G
                    valueFrom:
                      hostNetworkVarRef:
                        compDef: ^proxy-
                        container:
                          name: sidecar
                          port:
                            name: client
                            option: Optional
                """),
            "proxy-1.yaml",
            PROXY_1,
            "proxy-2.yaml",
            PROXY_2)
        // KubeBlocks fails on a service the referent's definition lacks, optional or not
        .has("KB3406", "cmpd.yaml:33:17")
        // no matching definition has it: the var could never resolve
        .has("KB3408", "cmpd.yaml:47:17")
        .none("KB3407")
        .none("KB3409")
        .none("KB3410")
        .none("KB3411")
        .none("KB3412");
  }

  @Test
  void multipleObjectOptionResolvesInEveryMatchIncludingThisDefinition() {
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
                vars:
                  - name: ALL_ADMINS
                    valueFrom:
                      credentialVarRef:
                        compDef: ^db-
                        name: admin
                        password: Required
                        multipleClusterObjectOption:
                          strategy: individual
                """),
            "sibling.yaml",
            sibling)
        .has("KB3408", "cmpd.yaml:25:17")
        .none("KB3117");
  }

  @Test
  void roleFieldIsACommaSeparatedList() {
    Findings.of(
            tmp,
            "cmpd.yaml",
            Cmpd.of(
                """
                roles:
                  - name: primary
                  - name: secondary
                vars:
                  - name: A
                    valueFrom:
                      componentVarRef:
                        podFQDNsForRole:
                          role: "primary,,secondary"
                  - name: B
                    valueFrom:
                      componentVarRef:
                        podNamesForRole:
                          role: primary,arbiter
                """))
        .has("KB3118", "cmpd.yaml:33:19");
  }
}
