package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.kube.EmbeddedKubeType;
import dev.kbforge.compiler.validate.kube.EmbeddedKubeTypes;
import dev.kbforge.compiler.validate.kube.PointerPattern;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A literal {@code value:} on an env var named like a secret ({@link SecretNames}) puts the secret
 * into git and into the rendered tree: a warning that suggests a {@code secretKeyRef} (KB4080 in a
 * Cluster, KB2022 in a ComponentDefinition or ShardingDefinition). Every env list that the
 * embedded-type table knows is looked at, plus a ComponentDefinition's containers and init
 * containers. A value holding a {@code $(VAR)} reference passes another variable on: not reported.
 */
public final class SecretLiteralEnvCheck implements Check {
  private static final Map<Kind, Code> CODES =
      Map.of(
          Kind.CLUSTER, Code.KB4080,
          Kind.COMPONENT_DEFINITION, Code.KB2022,
          Kind.SHARDING_DEFINITION, Code.KB2022);

  private static final List<PointerPattern> POD_ENV =
      List.of(
          PointerPattern.of("/spec/runtime/containers/*/env/*"),
          PointerPattern.of("/spec/runtime/initContainers/*/env/*"));

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (Map.Entry<Kind, Code> kind : CODES.entrySet()) {
      List<PointerPattern> patterns = envPatterns(kind.getKey());
      for (SourceDocument doc : inputs.of(kind.getKey())) {
        for (PointerPattern pattern : patterns) {
          pattern.forEachMatch(
              doc.root(), (pointer, env) -> check(doc, pointer, env, kind.getValue(), reporter));
        }
      }
    }
  }

  private static List<PointerPattern> envPatterns(Kind kind) {
    List<PointerPattern> patterns = new ArrayList<>();
    for (EmbeddedKubeType type : EmbeddedKubeTypes.of(kind)) {
      if (type.model() == EnvVar.class) {
        patterns.add(type.pattern());
      }
    }
    if (kind == Kind.COMPONENT_DEFINITION) {
      patterns.addAll(POD_ENV);
    }
    return patterns;
  }

  private static void check(
      SourceDocument doc, String pointer, JsonNode env, Code code, Reporter reporter) {
    JsonNode name = env.path("name");
    JsonNode value = env.path("value");
    if (!name.isString() || !value.isString() || value.asString().isEmpty()) {
      return;
    }
    if (value.asString().contains("$(") || !SecretNames.looksSecret(name.asString())) {
      return;
    }
    reporter.value(
        code,
        doc,
        Pointers.child(pointer, "value"),
        "env var '"
            + name.asString()
            + "' has a literal value: the secret ends up in git and in"
            + " the rendered tree",
        "keep it in a Secret and use valueFrom: {secretKeyRef: {name: ..., key: ...}}");
  }
}
