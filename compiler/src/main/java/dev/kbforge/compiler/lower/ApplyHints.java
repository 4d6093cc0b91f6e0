package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Annotations on workloads that tell {@code kb apply} what the tree alone does not say: the
 * Cluster's terminationPolicy (what {@code kb apply --prune} may delete once the cluster leaves the
 * tree: nothing while it is DoNotTerminate, everything with its PersistentVolumeClaims and account
 * Secrets for Delete, and its backups too for WipeOut) and, with {@code --secrets apply}, how to
 * generate the passwords of the component's account Secrets. Keys as the reconciler reads them.
 */
final class ApplyHints {
  static final String TERMINATION_POLICY = "kbforge.dev/termination-policy";
  static final String PASSWORD_CONFIG = "kbforge.dev/password-config";

  private ApplyHints() {}

  static void put(SynthesizedComponent c, Map<String, String> annotations) {
    if (!c.cluster().terminationPolicy().isEmpty()) {
      annotations.put(TERMINATION_POLICY, c.cluster().terminationPolicy());
    }
    if (c.cluster().options().secrets() == SecretsMode.APPLY) {
      String passwords = passwordConfig(c);
      if (!passwords.equals("{}")) {
        annotations.put(PASSWORD_CONFIG, passwords);
      }
    }
  }

  /**
   * JSON {@code {"<account Secret>": {username, length, numDigits, numSymbols, symbolCharacters,
   * letterCase}}} for every system account kb apply creates (every one not disabled, as KubeBlocks'
   * component account transformer makes one Secret per account). An account whose Cluster entry
   * names a Secret of the user's ({@code secretRef}) gets {@code {username, secretRef: {namespace,
   * name, key}}} instead: kb apply copies that Secret's password (key {@code password} unless it
   * names another), as KubeBlocks' getPasswordFromSecret does.
   */
  private static ObjectNode fromSecretRef(
      SynthesizedComponent c, String account, JsonNode override) {
    JsonNode ref = override.path("secretRef");
    ObjectNode config = Manifests.NODES.objectNode();
    config.put("username", account);
    ObjectNode from = config.putObject("secretRef");
    String namespace = Nodes.text(ref, "namespace");
    from.put("namespace", namespace.isEmpty() ? c.cluster().namespace() : namespace);
    from.put("name", Nodes.text(ref, "name"));
    String key = Nodes.text(ref, "password");
    from.put("key", key.isEmpty() ? "password" : key);
    return config;
  }

  static String passwordConfig(SynthesizedComponent c) {
    Map<String, ObjectNode> bySecret = new TreeMap<>();
    JsonNode accounts = c.definitionSpec().path("systemAccounts");
    for (int i = 0; i < accounts.size(); i++) {
      JsonNode account = accounts.get(i);
      String name = Nodes.text(account, "name");
      int o = AccountSecretsLowerer.overrideIndex(c, name);
      JsonNode override =
          o < 0 ? Manifests.NODES.objectNode() : c.spec().path("systemAccounts").get(o);
      if (name.isEmpty() || Nodes.isTrue(override, "disabled")) {
        continue;
      }
      if (override.path("secretRef").isObject()) {
        bySecret.put(Names.accountSecret(c, name), fromSecretRef(c, name, override));
        continue;
      }
      PasswordPolicy p =
          AccountSecretsLowerer.policy(
              c,
              account,
              "/spec/systemAccounts/" + i,
              override,
              c.specPointer() + "/systemAccounts/" + o);
      ObjectNode config = Manifests.NODES.objectNode();
      config.put("username", name);
      config.put("length", p.length());
      config.put("numDigits", p.numDigits());
      config.put("numSymbols", p.numSymbols());
      config.put("symbolCharacters", p.symbolCharacters());
      config.put("letterCase", p.letterCase());
      bySecret.put(Names.accountSecret(c, name), config);
    }
    ObjectNode json = Manifests.NODES.objectNode();
    bySecret.forEach(json::set);
    return json.toString();
  }
}
