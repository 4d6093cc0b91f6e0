package dev.kbforge.compiler.validate.kube;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.DidYouMean;
import dev.kbforge.compiler.validate.kube.KubeType.ListOf;
import dev.kbforge.compiler.validate.kube.KubeType.MapOf;
import dev.kbforge.compiler.validate.kube.KubeType.Model;
import dev.kbforge.compiler.validate.kube.KubeType.Scalar;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Walks one embedded Kubernetes object and reports unknown fields (at the key, with a "did you
 * mean" over the type's fields; inside a pod runtime a near-miss of a field the object lacks is the
 * error KB2020, not the warning KB2010), missing required fields (KB2021, {@link RequiredFields}),
 * wrong types (KB2013, at the value) and malformed quantities (KB2090). Types follow the API
 * server's decoder: it turns neither numbers into strings nor quoted numbers into integers.
 */
public final class KubeObjectWalker {
  private final SourceDocument doc;
  private final Reporter reporter;
  private final Code unknownField;

  /** {@code unknownField}: KB2012, or KB2010 inside a pod runtime. */
  public KubeObjectWalker(SourceDocument doc, Reporter reporter, Code unknownField) {
    this.doc = doc;
    this.reporter = reporter;
    this.unknownField = unknownField;
  }

  /** Checks {@code node} (found at {@code pointer}) as a {@code model}. */
  public void walkModel(String pointer, JsonNode node, Class<?> model) {
    walk(pointer, node, new Model(model), model.getSimpleName());
  }

  /** {@code where} names the field for messages, e.g. {@code Container.ports}. */
  private void walk(String pointer, JsonNode node, KubeType type, String where) {
    if (!fits(node, type)) {
      wrongType(pointer, node, type, where);
    } else if (type instanceof Model model) {
      fields(pointer, node, model.type());
    } else if (type instanceof ListOf list) {
      for (int i = 0; i < node.size(); i++) {
        walk(Pointers.child(pointer, i), node.get(i), list.item(), where + "[]");
      }
    } else if (type instanceof MapOf map) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String child = Pointers.child(pointer, entry.getKey());
        walk(child, entry.getValue(), map.value(), where + "[" + entry.getKey() + "]");
      }
    } else if (type == Scalar.QUANTITY && node.isString() && !Quantities.isValid(node.asString())) {
      reporter.value(
          Code.KB2090,
          doc,
          pointer,
          "'" + node.asString() + "' is not a Kubernetes quantity (" + where + ")",
          "write a number with an optional suffix: 500m, 2, 1.5, 512Mi, 1Gi, 10G");
    }
  }

  private void fields(String pointer, JsonNode node, Class<?> model) {
    Map<String, KubeType> known = KubeModels.fields(model);
    if (known.isEmpty()) {
      return; // an open object (FieldsV1): any content is fine
    }
    String owner = model.getSimpleName();
    Set<String> nearMissed = new HashSet<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      String child = Pointers.child(pointer, name);
      KubeType type = known.get(name);
      if (type != null) {
        walk(child, entry.getValue(), type, owner + "." + name);
        continue;
      }
      Optional<String> meant = DidYouMean.closest(name, known.keySet()).filter(m -> !node.has(m));
      meant.ifPresent(nearMissed::add);
      if (meant.isPresent() && unknownField == Code.KB2010) {
        reporter.key(
            Code.KB2020,
            doc,
            child,
            "unknown field '"
                + name
                + "' in "
                + owner
                + ", which lacks '"
                + meant.get()
                + "' (Kubernetes would drop '"
                + name
                + "')",
            DidYouMean.hint(name, known.keySet()));
      } else {
        reporter.key(
            unknownField,
            doc,
            child,
            "unknown field '" + name + "' in " + owner + unknownSuffix(),
            DidYouMean.hint(name, known.keySet()));
      }
    }
    for (String required : RequiredFields.of(model)) {
      if (!node.has(required) && !nearMissed.contains(required)) {
        reporter.value(
            Code.KB2021,
            doc,
            pointer,
            owner + " lacks the required field '" + required + "'",
            "the Kubernetes API refuses " + owner + " without '" + required + "'");
      }
    }
  }

  private String unknownSuffix() {
    return unknownField == Code.KB2010
        ? " (KubeBlocks keeps it in the pod runtime, Kubernetes ignores it)"
        : "";
  }

  static boolean fits(JsonNode node, KubeType type) {
    if (type instanceof Model) {
      return node.isObject();
    }
    if (type instanceof ListOf) {
      return node.isArray();
    }
    if (type instanceof MapOf) {
      return node.isObject();
    }
    return switch ((Scalar) type) {
      case STRING -> node.isString();
      case INTEGER -> node.isIntegralNumber();
      case BOOLEAN -> node.isBoolean();
      case NUMBER -> node.isNumber();
      case INT_OR_STRING -> node.isIntegralNumber() || node.isString();
      case QUANTITY -> node.isNumber() || node.isString();
      case ANY -> true;
    };
  }

  private void wrongType(String pointer, JsonNode node, KubeType type, String where) {
    reporter.value(
        Code.KB2013,
        doc,
        pointer,
        where + " must be " + type.description() + ", found " + describe(node),
        hint(node, type));
  }

  private static String hint(JsonNode node, KubeType type) {
    if (type == Scalar.STRING && (node.isNumber() || node.isBoolean())) {
      return "quote the value: Kubernetes does not turn numbers or booleans into strings";
    }
    if ((type == Scalar.INTEGER || type == Scalar.BOOLEAN) && node.isString()) {
      return "remove the quotes if the value is meant as " + type.description();
    }
    return "";
  }

  private static String describe(JsonNode node) {
    if (node.isString()) {
      return "a string";
    }
    if (node.isIntegralNumber()) {
      return "an integer";
    }
    if (node.isNumber()) {
      return "a decimal number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return "null";
  }
}
