package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ComponentDefinition "names are unique" rules (KB3101-KB3110). Spec fields start on line 20,
 * column 3 of the file (see {@link Cmpd}).
 */
class ComponentDefinitionNamesTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings.of(tmp, "cmpd.yaml", Cmpd.VALID).clean();
  }

  @Test
  void duplicateRole() {
    check(
            """
            roles:
              - name: primary
              - name: secondary
              - name: primary
            lifecycleActions:
              roleProbe:
                exec:
                  command: [role]
            """)
        .has("KB3101", "cmpd.yaml:23:13");
  }

  @Test
  void duplicateServiceAndServiceName() {
    check(
            """
            services:
              - name: a
                serviceName: one
                spec:
                  ports:
                    - port: 1
              - name: a
                serviceName: one
                spec:
                  ports:
                    - port: 1
              - name: b
                spec:
                  ports:
                    - port: 1
              - name: c
                spec:
                  ports:
                    - port: 1
            """)
        // services without a serviceName do not collide with each other
        .has("KB3102", "cmpd.yaml:26:13")
        .has("KB3103", "cmpd.yaml:27:20");
  }

  @Test
  void duplicateVar() {
    check(
            """
            vars:
              - name: A
                value: "1"
              - name: A
                value: "2"
            """)
        .has("KB3104", "cmpd.yaml:23:13");
  }

  @Test
  void duplicateSystemAccount() {
    check(
            """
            systemAccounts:
              - name: root
                initAccount: true
              - name: root
                initAccount: true
            """)
        .has("KB3105", "cmpd.yaml:23:13");
  }

  @Test
  void duplicateVolume() {
    check(
            """
            volumes:
              - name: data
              - name: data
            """)
        .has("KB3106", "cmpd.yaml:22:13");
  }

  @Test
  void configsAndScriptsShareTemplateAndVolumeNames() {
    check(
            """
            configs:
              - name: conf
                template: t1
                volumeName: v1
                externalManaged: true
            scripts:
              - name: conf
                template: t2
                volumeName: v1
                externalManaged: true
            """)
        .has("KB3107", "cmpd.yaml:26:13")
        .has("KB3108", "cmpd.yaml:28:19");
  }

  @Test
  void duplicateLogConfig() {
    check(
            """
            logConfigs:
              - name: slow
                filePathPattern: /a
              - name: slow
                filePathPattern: /b
            """)
        .has("KB3109", "cmpd.yaml:23:13");
  }

  @Test
  void hostNetworkContainerListedTwice() {
    check(
            """
            hostNetwork:
              containerPorts:
                - container: db
                  ports: [client]
                - container: db
                  ports: [client]
            """)
        .has("KB3110", "cmpd.yaml:24:20");
  }
}
