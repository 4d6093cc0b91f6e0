package dev.kbforge.reconciler.actions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters KubeBlocks passes each action (pkg/controller/lifecycle/lfa_member.go,
 * lfa_account.go), which kbagent hands to the action as environment variables.
 */
final class Parameters {
  private Parameters() {}

  /** For a call; {@code username}/{@code password} only matter for accountProvision. */
  static Map<String, String> of(Call call, String username, String password) {
    Map<String, String> p = new LinkedHashMap<>();
    ActionHint hint = call.component().actions().get(call.action());
    String pod = call.pod();
    switch (call.action()) {
      case "memberJoin" -> {
        p.put("KB_JOIN_MEMBER_POD_FQDN", hint.fqdn(pod));
        p.put("KB_JOIN_MEMBER_POD_NAME", pod);
      }
      case "memberLeave" -> {
        p.put("KB_LEAVE_MEMBER_POD_FQDN", hint.fqdn(pod));
        p.put("KB_LEAVE_MEMBER_POD_NAME", pod);
      }
      case "accountProvision" -> {
        p.put("KB_ACCOUNT_NAME", username);
        p.put("KB_ACCOUNT_PASSWORD", password);
        p.put("KB_ACCOUNT_STATEMENT", call.account().statement());
      }
      default -> {
        // postProvision and preTerminate take none
      }
    }
    return p;
  }

  /** Switchover's: the pod giving up {@code role}, and the candidate when one is named. */
  static Map<String, String> switchover(
      ActionHint hint, String current, String role, String candidate) {
    Map<String, String> p = new LinkedHashMap<>();
    if (candidate != null && !candidate.isEmpty()) {
      p.put("KB_SWITCHOVER_CANDIDATE_NAME", candidate);
      p.put("KB_SWITCHOVER_CANDIDATE_FQDN", hint.fqdn(candidate));
    }
    p.put("KB_SWITCHOVER_CURRENT_NAME", current);
    p.put("KB_SWITCHOVER_CURRENT_FQDN", hint.fqdn(current));
    p.put("KB_SWITCHOVER_ROLE", role == null ? "" : role);
    return p;
  }
}
