package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.PlainObject;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * KB4070, KB4071: the Secrets and ConfigMaps a Cluster's components name are in the input set.
 * Warnings: the object may exist in the cluster already, but a Cluster whose account Secret is
 * missing never starts. Names starting with {@code <cluster>-} are the objects KubeBlocks (and
 * kbforge) make for the cluster, so they are not looked for. A {@code configs[].configMap} that is
 * not externalManaged is a template source kbforge renders, and KB5402 reports it when missing.
 */
public final class ClusterObjectRefsCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    Set<String> secrets = new HashSet<>();
    for (PlainObject object : inputs.allPlain()) { // a broken one is reported already
      if (object.isSecret()) {
        secrets.add(object.namespace() + "/" + object.document().name());
      }
    }
    Set<String> configMaps = new HashSet<>();
    for (String name : inputs.names(Kind.CONFIG_MAP)) {
      inputs
          .named(Kind.CONFIG_MAP, name)
          .ifPresent(cm -> configMaps.add(namespaceOf(cm) + "/" + name));
    }
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      String namespace = namespaceOf(cluster);
      Refs refs = new Refs(cluster, namespace, reporter);
      for (Located component : components(Located.spec(cluster))) {
        for (Located account : component.items("systemAccounts")) {
          refs.check(account.get("secretRef"), "name", secrets, "Secret", Code.KB4070);
        }
        refs.check(component.get("issuer", "secretRef"), "name", secrets, "Secret", Code.KB4070);
        for (Located volume : component.items("volumes")) {
          refs.check(volume.get("secret"), "secretName", secrets, "Secret", Code.KB4070);
          refs.check(volume.get("configMap"), "name", configMaps, "ConfigMap", Code.KB4071);
        }
        for (Located env : component.items("env")) {
          Located from = env.get("valueFrom");
          refs.check(from.get("secretKeyRef"), "name", secrets, "Secret", Code.KB4070);
          refs.check(from.get("configMapKeyRef"), "name", configMaps, "ConfigMap", Code.KB4071);
        }
        for (Located config : component.items("configs")) {
          if (config.isTrue("externalManaged")) {
            refs.check(config.get("configMap"), "name", configMaps, "ConfigMap", Code.KB4071);
          }
        }
      }
    }
  }

  /** The Cluster's component specs, sharding templates and shard templates. */
  private static List<Located> components(Located spec) {
    List<Located> all = new ArrayList<>(spec.items("componentSpecs"));
    for (Located sharding : spec.items("shardings")) {
      if (sharding.get("template").isObject()) {
        all.add(sharding.get("template"));
      }
      all.addAll(sharding.items("shardTemplates"));
    }
    return all;
  }

  private static String namespaceOf(SourceDocument doc) {
    String ns = doc.root().path("metadata").path("namespace").asString("");
    return ns.isEmpty() ? "default" : ns;
  }

  /** Checks the references of one Cluster. */
  private record Refs(SourceDocument cluster, String namespace, Reporter reporter) {
    /** {@code ref} is an object naming the target in {@code field} (and maybe a namespace). */
    void check(Located ref, String field, Set<String> known, String kind, Code code) {
      Located name = ref.get(field);
      if (name.text().isEmpty() || ref.isTrue("optional")) {
        return;
      }
      if (name.text().startsWith(cluster.name() + "-")) {
        return; // made by KubeBlocks or kbforge for this cluster (account, env, TLS Secrets...)
      }
      String ns = ref.text("namespace").isEmpty() ? namespace : ref.text("namespace");
      if (known.contains(ns + "/" + name.text())) {
        return;
      }
      reporter.value(
          code,
          cluster,
          name.pointer(),
          kind + " '" + ns + "/" + name.text() + "' is not in the input set",
          "it must exist in the cluster before the Cluster starts"
              + (kind.equals("Secret")
                  ? ": keep it outside the tree and create it with kb apply --secrets-from <file>"
                  : ": add it to the inputs, or create it"));
    }
  }
}
