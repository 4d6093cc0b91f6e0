package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code credentialVarRef}: a system account's username or password, always as a {@code
 * secretKeyRef} to the account Secret {@code <cluster>-<comp>-account-<name>} (with {@code _}
 * turned into {@code -}); never a value. The Secret exists when the component's definition declares
 * the account and the Cluster does not disable it.
 */
final class CredentialVarRefs {
  private CredentialVarRefs() {}

  static RawVars resolve(VarScope scope, JsonNode ref) {
    String account = Nodes.text(ref, "name");
    String key;
    String option;
    if (ref.has("username")) {
      key = "username";
      option = Nodes.text(ref, "username");
    } else if (ref.has("password")) {
      key = "password";
      option = Nodes.text(ref, "password");
    } else {
      return RawVars.empty();
    }
    return ObjectVars.resolve(
        scope,
        "the Secret of account '" + account + "'",
        ref,
        option,
        c -> secret(c, account),
        (c, secret) -> new VarValue.Reference(secretKeyRef(secret, key)));
  }

  /** The account Secret's name, when the component has the account. */
  static Optional<String> secret(SynthesizedComponent c, String account) {
    boolean declared =
        Nodes.items(c.definitionSpec(), "systemAccounts").stream()
            .anyMatch(a -> Nodes.text(a, "name").equals(account));
    boolean disabled =
        Nodes.items(c.spec(), "systemAccounts").stream()
            .anyMatch(a -> Nodes.text(a, "name").equals(account) && Nodes.isTrue(a, "disabled"));
    if (!declared || disabled) {
      return Optional.empty();
    }
    return Optional.of(c.fullName() + "-account-" + account.replace('_', '-'));
  }

  static ObjectNode secretKeyRef(String secret, String key) {
    ObjectNode valueFrom = JsonNodeFactory.instance.objectNode();
    ObjectNode ref = valueFrom.putObject("secretKeyRef");
    ref.put("name", secret);
    ref.put("key", key);
    return valueFrom;
  }
}
