package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account Secrets {@code <cluster>-<comp>-account-<name>} (keys {@code username}, {@code
 * password}) of the ComponentDefinition's system accounts, less those the Cluster disables and
 * those it points at a Secret of its own ({@code secretRef}). No password is ever written: with
 * {@code --secrets external-secrets} each account gets an external-secrets.io {@code Password}
 * generator following its passwordConfig and an {@code ExternalSecret} that creates the Secret
 * once; with {@code --secrets apply} nothing is emitted and {@code kb apply} creates the Secret.
 * Either way, a passwordConfig that cannot be satisfied is reported.
 */
public final class AccountSecretsLowerer implements Lowerer {
  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    boolean external = c.cluster().options().secrets() == SecretsMode.EXTERNAL_SECRETS;
    Reporter reporter = context.reporter();
    SourceDocument clusterDoc = c.cluster().document();
    List<ObjectNode> objects = new ArrayList<>();
    JsonNode accounts = c.definitionSpec().path("systemAccounts");
    for (int i = 0; i < accounts.size(); i++) {
      JsonNode account = accounts.get(i);
      String name = Nodes.text(account, "name");
      int o = overrideIndex(c, name);
      JsonNode override =
          o < 0 ? Manifests.NODES.objectNode() : c.spec().path("systemAccounts").get(o);
      String overridePointer = c.specPointer() + "/systemAccounts/" + o;
      if (name.isEmpty() || Nodes.isTrue(override, "disabled")) {
        continue;
      }
      if (override.path("secretRef").isObject()) {
        if (external) {
          reporter.key(
              Code.KB5352,
              clusterDoc,
              overridePointer + "/secretRef",
              "account '"
                  + name
                  + "' uses a Secret of its own: no ExternalSecret is generated"
                  + " for Secret "
                  + Names.accountSecret(c, name),
              "create that Secret (keys username and password) before the pods start");
        }
        continue;
      }
      PasswordPolicy policy =
          policy(c, account, "/spec/systemAccounts/" + i, override, overridePointer);
      if (policy.check(reporter) && external) {
        objects.add(generator(c, name, policy));
        objects.add(externalSecret(c, name, policy));
      }
    }
    return objects;
  }

  static int overrideIndex(SynthesizedComponent c, String name) {
    JsonNode overrides = c.spec().path("systemAccounts");
    for (int j = 0; j < overrides.size(); j++) {
      if (name.equals(Nodes.text(overrides.get(j), "name"))) {
        return j;
      }
    }
    return -1;
  }

  /** The Cluster's passwordConfig, else the definition's (or its legacy name), else defaults. */
  static PasswordPolicy policy(
      SynthesizedComponent c,
      JsonNode account,
      String accountPointer,
      JsonNode override,
      String overridePointer) {
    if (override.path("passwordConfig").isObject()) {
      return PasswordPolicy.of(
          override.path("passwordConfig"),
          c.cluster().document(),
          overridePointer + "/passwordConfig");
    }
    for (String field : List.of("passwordConfig", "passwordGenerationPolicy")) {
      if (account.path(field).isObject()) {
        return PasswordPolicy.of(account.path(field), c.definition(), accountPointer + "/" + field);
      }
    }
    return PasswordPolicy.of(Manifests.NODES.objectNode(), c.definition(), accountPointer);
  }

  /** A generators.external-secrets.io Password following the policy. */
  private static ObjectNode generator(SynthesizedComponent c, String account, PasswordPolicy p) {
    ObjectNode generator =
        object(c, account, ExternalSecrets.GENERATOR_API_VERSION, ExternalSecrets.PASSWORD_KIND);
    ObjectNode spec = generator.putObject("spec");
    spec.put("length", p.length());
    spec.put("digits", p.numDigits());
    spec.put("symbols", p.numSymbols());
    spec.put("symbolCharacters", p.symbolCharacters());
    spec.put("noUpper", PasswordPolicy.LOWER_CASES.equals(p.letterCase()));
    spec.put("allowRepeat", true);
    return generator;
  }

  /** An ExternalSecret that creates the account Secret once from the generator. */
  private static ObjectNode externalSecret(
      SynthesizedComponent c, String account, PasswordPolicy p) {
    String name = Names.accountSecret(c, account);
    ObjectNode secret =
        object(c, account, ExternalSecrets.API_VERSION, ExternalSecrets.EXTERNAL_SECRET_KIND);
    ObjectNode spec = secret.putObject("spec");
    spec.put("refreshInterval", "0"); // generate once, never rotate
    ObjectNode target = spec.putObject("target");
    target.put("name", name);
    target.put("creationPolicy", "Owner");
    ObjectNode template = target.putObject("template");
    template.put("engineVersion", "v2");
    ObjectNode metadata = template.putObject("metadata");
    metadata.set("labels", Manifests.strings(labels(c, account)));
    Map<String, String> annotations = Labels.definitionAnnotations(c);
    if (!annotations.isEmpty()) {
      metadata.set("annotations", Manifests.strings(annotations));
    }
    ObjectNode data = template.putObject("data");
    data.put(ExternalSecrets.USERNAME_KEY, account);
    data.put(ExternalSecrets.PASSWORD_KEY, ExternalSecrets.passwordTemplate(p.letterCase()));
    ObjectNode generatorRef =
        spec.putArray("dataFrom").addObject().putObject("sourceRef").putObject("generatorRef");
    generatorRef.put("apiVersion", ExternalSecrets.GENERATOR_API_VERSION);
    generatorRef.put("kind", ExternalSecrets.PASSWORD_KIND);
    generatorRef.put("name", name);
    return secret;
  }

  private static ObjectNode object(
      SynthesizedComponent c, String account, String apiVersion, String kind) {
    return Manifests.object(
        apiVersion,
        kind,
        Names.accountSecret(c, account),
        c.cluster().namespace(),
        labels(c, account),
        Map.of());
  }

  /** The labels KubeBlocks puts on an account Secret. */
  private static Map<String, String> labels(SynthesizedComponent c, String account) {
    Map<String, String> labels = Labels.component(c);
    labels.put(Labels.SYSTEM_ACCOUNT, account);
    return labels;
  }
}
