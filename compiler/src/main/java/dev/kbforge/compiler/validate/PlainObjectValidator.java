package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.PlainObject;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.kube.KubeKinds;
import dev.kbforge.compiler.validate.kube.KubeObjectWalker;
import java.util.Optional;

/**
 * Checks a plain Kubernetes document (DESIGN section 6, issue 10): a built-in kind against its
 * fabric8 model class (unknown fields KB1014, wrong types KB2013, quantities KB2090), as the API
 * server's strict decoding would. A kind of another project's API group (a custom resource) passes
 * without field checks, as with {@code kubectl apply} or Helm, which leave that to the server and
 * its CRD. An unknown kind in a built-in group is a typo (KB1006). A Secret is reported (KB1013):
 * it is never written to the tree.
 */
public final class PlainObjectValidator {
  /** The document as a plain object, and whether it passed (no errors). */
  public record Checked(PlainObject object, boolean valid) {}

  public Checked validate(SourceDocument doc, Reporter reporter) {
    // read on first use: loading the model classes costs a few hundred ms, runs without plain
    // documents need not pay it
    KubeKinds kinds = KubeKinds.instance();
    int before = reporter.errorCount();
    if (!doc.root().isObject()
        || !doc.root().path("metadata").path("name").isString()
        || doc.name().isEmpty()) {
      reporter.value(
          Code.KB1015,
          doc,
          doc.root().path("metadata").isObject() ? "/metadata" : "/kind",
          doc.kind() + " has no metadata.name",
          "a GitOps tree needs fixed names: generateName is not supported");
    }
    Optional<Class<?>> model = kinds.model(doc.apiVersion(), doc.kind());
    boolean namespaced;
    if (model.isPresent()) {
      new KubeObjectWalker(doc, reporter, Code.KB1014).walkModel("", doc.root(), model.get());
      namespaced = KubeKinds.namespaced(model.get());
    } else if (kinds.builtInGroup(doc.apiVersion())) {
      reporter.value(
          Code.KB1006,
          doc,
          "/kind",
          "Kubernetes API " + doc.apiVersion() + " has no kind '" + doc.kind() + "'",
          hint(kinds, doc));
      namespaced = false;
    } else {
      namespaced = !doc.root().path("metadata").path("namespace").asString("").isEmpty();
    }
    PlainObject object = new PlainObject(doc, namespaced);
    if (object.isSecret()) {
      reporter.value(
          Code.KB1013,
          doc,
          "/metadata/name",
          "Secret '"
              + object.namespace()
              + "/"
              + doc.name()
              + "' is not written to the tree: no secret value goes into git",
          "keep it outside the tree and create it with kb apply --secrets-from <file>");
    }
    return new Checked(object, reporter.errorCount() == before);
  }

  private static String hint(KubeKinds kinds, SourceDocument doc) {
    if (kinds.kindsOf(doc.apiVersion()).contains(doc.kind())) {
      return "the group serves " + doc.kind() + " in another version: check the apiVersion";
    }
    String close = DidYouMean.hint(doc.kind(), kinds.kindsOf(doc.apiVersion()));
    return close.isEmpty()
        ? "kinds of this group: " + String.join(", ", kinds.kindsOf(doc.apiVersion()))
        : close;
  }
}
