package dev.kbforge.compiler.validate.checks;

/** Facts about ComponentDefinition system accounts. */
final class SystemAccounts {
  private SystemAccounts() {}

  /**
   * Whether KubeBlocks creates the account through the accountProvision action: every account
   * except the init account and (in older APIs) one backed by an existing secret.
   */
  static boolean provisioned(Located account) {
    return !account.isTrue("initAccount") && !account.get("secretRef").present();
  }
}
