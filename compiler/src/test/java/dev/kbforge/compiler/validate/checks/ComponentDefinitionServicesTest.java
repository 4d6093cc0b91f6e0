package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Service rules (KB3111, KB3112). Spec fields start on line 20, column 3 (see {@link Cmpd}). */
class ComponentDefinitionServicesTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings.of(tmp, "cmpd.yaml", Cmpd.VALID).none("KB3111").none("KB3112");
  }

  @Test
  void serviceWithoutPorts() {
    check(
            """
            services:
              - name: empty
                spec:
                  ports: []
              - name: nospec
              - name: fine
                spec:
                  ports:
                    - port: 1
            """)
        .has("KB3111", "cmpd.yaml:21:13", "cmpd.yaml:24:13");
  }

  @Test
  void roleSelectorNamesUndefinedRole() {
    check(
            """
            roles:
              - name: leader
            services:
              - name: rw
                roleSelector: LEADER
                spec:
                  ports:
                    - port: 1
              - name: ro
                roleSelector: follower
                spec:
                  ports:
                    - port: 1
            lifecycleActions:
              roleProbe:
                exec:
                  command: [role]
            """)
        .has("KB3112", "cmpd.yaml:29:21");
  }
}
