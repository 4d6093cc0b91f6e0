package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lifecycle action rules (KB3122-KB3124, KB3135). Spec fields start on line 20, column 3 (see
 * {@link Cmpd}).
 */
class ComponentDefinitionActionsTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings.of(tmp, "cmpd.yaml", Cmpd.VALID)
        .none("KB3122")
        .none("KB3123")
        .none("KB3124")
        .none("KB3135");
  }

  @Test
  void execContainerMustBeARuntimeContainer() {
    check(
            """
            configs:
              - name: conf
                externalManaged: true
                reconfigure:
                  exec:
                    container: dbb
            lifecycleActions:
              postProvision:
                exec:
                  container: init
              preTerminate:
                exec:
                  container: init
            """)
        // an init container does not do: KubeBlocks looks in runtime.containers only
        .has("KB3122", "cmpd.yaml:25:22", "cmpd.yaml:29:20", "cmpd.yaml:32:20");
  }

  @Test
  void execActionsShareOneImageAndOneContainer() {
    check(
            """
            lifecycleActions:
              roleProbe:
                exec:
                  container: exporter
                  image: tools:2
              postProvision:
                exec:
                  container: db
                  image: tools:1
              accountProvision:
                exec:
                  container: db
                  image: tools:1
              memberJoin:
                exec:
                  command: [join]
              availableProbe:
                exec:
                  image: other:1
            roles:
              - name: primary
            """)
        // postProvision comes first in KubeBlocks' order; availableProbe is not served by kbagent's
        // shared container
        .has("KB3123", "cmpd.yaml:24:16")
        .has("KB3124", "cmpd.yaml:23:20");
  }

  @Test
  void roleTargetPodSelectorNeedsMatchingKeyNamingARole() {
    check(
            """
            roles:
              - name: primary
            lifecycleActions:
              roleProbe:
                exec:
                  command: [role]
              postProvision:
                exec:
                  targetPodSelector: Role
              preTerminate:
                exec:
                  targetPodSelector: Role
                  matchingKey: leader
              switchover:
                exec:
                  targetPodSelector: Role
                  matchingKey: PRIMARY
              memberJoin:
                exec:
                  targetPodSelector: Any
                  matchingKey: whatever
            """)
        .has("KB3135", "cmpd.yaml:28:28", "cmpd.yaml:32:22");
  }
}
