package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.PlainObject;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.kube.KubeKinds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The same object defined twice: the API server would keep only the last one applied, and
 * references would resolve to either. Definitions are cluster-scoped, so their name alone
 * identifies them; Clusters and ConfigMaps are namespaced and collide only in the same namespace.
 * Plain Kubernetes documents collide with the same group, kind, namespace and name.
 */
public final class DuplicateObjectCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (Kind kind : Kind.values()) {
      if (namespaced(kind)) {
        checkNamespaced(kind, inputs, reporter);
      } else {
        checkClusterScoped(kind, inputs, reporter);
      }
    }
    Map<String, SourceDocument> seen = new HashMap<>();
    for (PlainObject object : inputs.plain()) {
      SourceDocument doc = object.document();
      String group = KubeKinds.groupOf(doc.apiVersion());
      String key = String.join("/", group, doc.kind(), object.namespace(), doc.name());
      SourceDocument first = seen.putIfAbsent(key, doc);
      if (first != null) {
        report(doc.kind(), doc, first, reporter);
      }
    }
  }

  /** The first document of a name may have failed its schema: look it up among all documents. */
  private static void checkClusterScoped(Kind kind, InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(kind)) {
      Optional<SourceDocument> first = inputs.named(kind, doc.name());
      if (!doc.name().isEmpty() && first.isPresent() && first.get() != doc) {
        report(kind, doc, first.get(), reporter);
      }
    }
  }

  private static void checkNamespaced(Kind kind, InputSet inputs, Reporter reporter) {
    Map<String, SourceDocument> seen = new HashMap<>();
    for (SourceDocument doc : inputs.of(kind)) {
      if (doc.name().isEmpty()) {
        continue;
      }
      SourceDocument first = seen.putIfAbsent(namespace(doc) + "/" + doc.name(), doc);
      if (first != null) {
        report(kind, doc, first, reporter);
      }
    }
  }

  private static void report(
      Kind kind, SourceDocument doc, SourceDocument first, Reporter reporter) {
    report(kind.kindName(), doc, first, reporter);
  }

  private static void report(
      String kind, SourceDocument doc, SourceDocument first, Reporter reporter) {
    reporter.value(
        Code.KB1012,
        doc,
        "/metadata/name",
        kind + " '" + doc.name() + "' is defined more than once",
        "first defined at "
            + first.file().name()
            + ":"
            + first.valuePosition("/metadata/name").line());
  }

  private static boolean namespaced(Kind kind) {
    return kind == Kind.CLUSTER || kind == Kind.CONFIG_MAP;
  }

  private static String namespace(SourceDocument doc) {
    Located ns = new Located(doc.root(), "").get("metadata", "namespace");
    return ns.text();
  }
}
