package dev.kbforge.cli;

import dev.kbforge.reconciler.plan.ClaimDeletes;
import dev.kbforge.reconciler.plan.Plan;
import java.io.Console;
import java.io.PrintWriter;

/**
 * Asks before {@code kb apply --prune} deletes PersistentVolumeClaims without {@code --yes}: only
 * at a terminal ({@link System#console()}, which Java 17 gives when stdin and stdout both are one).
 * In a pipeline or CI there is nobody to ask, so the answer is no and the plan is refused.
 */
final class ClaimPrompt {
  private ClaimPrompt() {}

  /** Whether the plan may run: it deletes no claims, or the user typed {@code yes}. */
  static boolean confirm(Plan plan, PrintWriter out) {
    if (plan.claimDeletes().isEmpty()) {
      return true;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    out.println("kb apply --prune deletes " + ClaimDeletes.describe(plan.claimDeletes()));
    out.flush();
    String answer = console.readLine("Their data is lost. Type 'yes' to delete them: ");
    return answer != null && answer.strip().equals("yes");
  }
}
