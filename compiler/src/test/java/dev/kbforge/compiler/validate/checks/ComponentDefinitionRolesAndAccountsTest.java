package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role and system account rules (KB3125-KB3127, KB3134). Spec fields start on line 20, column 3
 * (see {@link Cmpd}).
 */
class ComponentDefinitionRolesAndAccountsTest {
  @TempDir Path tmp;

  private Findings check(String specFields) {
    return Findings.of(tmp, "cmpd.yaml", Cmpd.of(specFields));
  }

  @Test
  void validDefinitionHasNoFindings() {
    Findings.of(tmp, "cmpd.yaml", Cmpd.VALID)
        .none("KB3125")
        .none("KB3126")
        .none("KB3127")
        .none("KB3134");
  }

  @Test
  void rolesWithoutRoleProbe() {
    check(
            """
            roles:
              - name: primary
            """)
        .has("KB3125", "cmpd.yaml:20:3");
  }

  @Test
  void roleNameNotLowerCase() {
    check(
            """
            roles:
              - name: Leader
              - name: follower
            lifecycleActions:
              roleProbe:
                exec:
                  command: [role]
            """)
        .has("KB3134", "cmpd.yaml:21:13");
  }

  @Test
  void provisionedAccountNeedsCreateStatementAndAccountProvision() {
    check(
            """
            systemAccounts:
              - name: root
                initAccount: true
              - name: admin
              - name: monitor
                statement:
                  delete: DROP USER monitor
            """)
        .has("KB3126", "cmpd.yaml:23:13", "cmpd.yaml:24:13")
        // reported once, at the first account that needs the action
        .has("KB3127", "cmpd.yaml:23:13");
  }

  @Test
  void initAccountAloneNeedsNoAction() {
    check(
            """
            systemAccounts:
              - name: root
                initAccount: true
            """)
        .clean();
  }
}
