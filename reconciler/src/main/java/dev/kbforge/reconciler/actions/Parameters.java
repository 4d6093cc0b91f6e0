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
        if (call.config() != null) {
          // the file changes, then the template's variables over them (buildConfigTemplates)
          p.putAll(call.config().files());
          p.putAll(call.config().hint().parameters());
        }
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

  /**
   * {@code parameters} with the component's template vars, which win on a clash, and the shell-safe
   * alias of every name that needs one (pkg/controller/lifecycle/kbagent.go parameters,
   * templateVarsParameters, addShellSafeParameterAliases).
   */
  static Map<String, String> withTemplateVars(
      ComponentActions component, Map<String, String> parameters) {
    Map<String, String> m = new LinkedHashMap<>(component.templateVars());
    parameters.forEach(m::putIfAbsent);
    for (Map.Entry<String, String> e : new LinkedHashMap<>(m).entrySet()) {
      String alias = alias(e.getKey());
      if (!alias.isEmpty() && !alias.equals(e.getKey())) {
        String existing = m.get(alias);
        if (existing == null || existing.isEmpty()) {
          m.put(alias, e.getValue());
        }
      }
    }
    return m;
  }

  /** KubeBlocks' shellSafeParameterAlias: upper case, digits, and {@code _} for anything else. */
  static String alias(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append((char) (c - 'a' + 'A'));
      } else if (c >= 'A' && c <= 'Z') {
        b.append(c);
      } else if (c >= '0' && c <= '9') {
        if (b.length() == 0) {
          b.append('_');
        }
        b.append(c);
      } else {
        b.append('_');
      }
    }
    return b.toString();
  }
}
