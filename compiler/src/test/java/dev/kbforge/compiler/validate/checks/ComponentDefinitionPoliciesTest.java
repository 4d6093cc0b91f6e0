package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * replicasLimit, available, hostNetwork, serviceVersion and template rules (KB3128-KB3133, KB3136,
 * KB3137). Spec fields start on line 20, column 3 (see {@link Cmpd}).
 */
class ComponentDefinitionPoliciesTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings f = Findings.of(tmp, "cmpd.yaml", Cmpd.VALID);
    for (String code :
        new String[] {"KB3128", "KB3129", "KB3130", "KB3131", "KB3132", "KB3133", "KB3136"}) {
      f.none(code);
    }
    f.none("KB3137");
  }

  @Test
  void replicasLimitMinAboveMax() {
    check(
            """
            replicasLimit:
              minReplicas: 3
              maxReplicas: 2
            """)
        .has("KB3128", "cmpd.yaml:21:18");
  }

  @Test
  void availableWithRoleNamesUndefinedRole() {
    check(
            """
            available:
              withRole: leader
            """)
        .has("KB3129", "cmpd.yaml:21:15");
  }

  @Test
  void availableWithPhasesNamesUnknownPhase() {
    check(
            """
            available:
              withPhases: Running,Ready, Updating
            """)
        .has("KB3130", "cmpd.yaml:21:17");
  }

  @Test
  void availableWithProbeNeedsAvailableProbe() {
    check(
            """
            available:
              withProbe:
                timeWindowSeconds: 10
            """)
        .has("KB3131", "cmpd.yaml:21:5");
  }

  @Test
  void hostNetworkNamesUnknownContainerOrPort() {
    check(
            """
            hostNetwork:
              containerPorts:
                - container: web
                  ports: [http]
                - container: exporter
                  ports:
                    - metrics
                    - client
            """)
        .has("KB3132", "cmpd.yaml:22:20")
        .has("KB3133", "cmpd.yaml:27:13");
  }

  @Test
  void serviceVersionNotSemver() {
    check("serviceVersion: \"8.0\"\n").has("KB3136", "cmpd.yaml:20:19");
  }

  @Test
  void serviceVersionAcceptsKubernetesSemanticVersions() {
    check("serviceVersion: v1.2.3-rc.1+build.5\n").none("KB3136");
  }

  @Test
  void templateWithoutConfigMap() {
    check(
            """
            configs:
              - name: conf
                template: db-conf
              - name: managed
                template: elsewhere
                externalManaged: true
            scripts:
              - name: scripts
                template: db-scripts-template
            """)
        .has("KB3137", "cmpd.yaml:22:17", "cmpd.yaml:28:17");
  }
}
