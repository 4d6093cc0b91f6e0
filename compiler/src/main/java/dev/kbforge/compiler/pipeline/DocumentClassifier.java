package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.DidYouMean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a document's kind from apiVersion and kind, reporting what it cannot place. A document
 * outside the KubeBlocks groups and kbforge's own is a plain Kubernetes document, passed through.
 */
final class DocumentClassifier {
  /** What a document is: a kind kbforge reads, a plain Kubernetes document, or neither. */
  record Classified(Optional<Kind> kind, boolean plain) {
    static final Classified NONE = new Classified(Optional.empty(), false);
    static final Classified PLAIN = new Classified(Optional.empty(), true);

    static Classified of(Kind kind) {
      return new Classified(Optional.of(kind), false);
    }
  }

  private static final List<String> KIND_NAMES =
      Arrays.stream(Kind.values()).map(Kind::kindName).toList();

  private DocumentClassifier() {}

  static Classified classify(SourceDocument doc, Reporter reporter) {
    String apiVersion = doc.apiVersion();
    String kindName = doc.kind();
    if (apiVersion.isEmpty() || kindName.isEmpty()) {
      String missing =
          apiVersion.isEmpty() && kindName.isEmpty()
              ? "apiVersion and kind"
              : apiVersion.isEmpty() ? "apiVersion" : "kind";
      reporter.value(
          Code.KB1005,
          doc,
          "",
          "document has no " + missing,
          isAddonFile(doc)
              ? ADDON_FORM
              : "every document needs 'apiVersion' and 'kind', e.g. apps.kubeblocks.io/v1 Cluster");
      return Classified.NONE;
    }
    Optional<Kind> kind = Kind.byKindName(kindName);
    if (isPlain(apiVersion, kind)) {
      return Classified.PLAIN;
    }
    if (kind.isEmpty()) {
      if (isKubeBlocksKindWeDoNotCheck(apiVersion, kindName)) {
        reporter.value(
            Code.KB1007,
            doc,
            "/kind",
            kindName + " (" + apiVersion + ") is not checked by kbforge");
      } else {
        reporter.value(
            Code.KB1006, doc, "/kind", "unknown kind '" + kindName + "'", hintFor(kindName));
      }
      return Classified.NONE;
    }
    if (!kind.get().apiVersion().equals(apiVersion)) {
      reporter.value(
          Code.KB1008,
          doc,
          "/apiVersion",
          kindName + " must have apiVersion " + kind.get().apiVersion() + ", found " + apiVersion,
          "kbforge reads the " + kind.get().apiVersion() + " API");
      return Classified.NONE;
    }
    return Classified.of(kind.get());
  }

  /**
   * Not a KubeBlocks group (nor a misspelt one), not kbforge's own, and not a kind kbforge reads.
   * Only "Cluster" and "Addon" are common enough kind names to be another project's: a Cluster of
   * another group is plain, a ComponentDefinition of another group is a wrong apiVersion.
   */
  private static boolean isPlain(String apiVersion, Optional<Kind> kind) {
    String group = group(apiVersion);
    if (group.contains("kubeblock") || group.equals(group(Kind.ADDON.apiVersion()))) {
      return false;
    }
    if (kind.isEmpty()) {
      return true;
    }
    boolean common = kind.get() == Kind.CLUSTER || kind.get() == Kind.ADDON;
    return common && !group(kind.get().apiVersion()).equals(group);
  }

  private static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /**
   * Other KubeBlocks groups (dataprotection, parameters, operations...) and the apps kinds kbforge
   * does not model yet are passed over with a warning; an unknown kind in a group kbforge reads is
   * a typo.
   */
  private static boolean isKubeBlocksKindWeDoNotCheck(String apiVersion, String kindName) {
    if (apiVersion.startsWith("apps.kubeblocks.io/")) {
      return UNCHECKED_APPS_KINDS.contains(kindName);
    }
    return apiVersion.contains("kubeblocks.io/");
  }

  private static final java.util.Set<String> UNCHECKED_APPS_KINDS =
      java.util.Set.of(
          "Component",
          "SidecarDefinition",
          "ServiceDescriptor",
          "ConfigConstraint",
          "Configuration",
          "Rollout",
          "OpsDefinition",
          "BackupPolicyTemplate");

  /**
   * An addon's descriptor written without its header (a Helm Chart.yaml habit) is the likely
   * mistake here, so the hint shows the whole form it takes.
   */
  private static final String ADDON_FORM =
      "addon.yaml is kbforge's addon descriptor; write it as: apiVersion: "
          + Kind.ADDON.apiVersion()
          + ", kind: "
          + Kind.ADDON.kindName()
          + ", metadata: {name: <engine>}, spec: {version: 0.1.0, description, provider, values}";

  private static boolean isAddonFile(SourceDocument doc) {
    String name = doc.file().name().replace('\\', '/');
    return name.equals(InputCollector.ADDON_FILE) || name.endsWith("/" + InputCollector.ADDON_FILE);
  }

  private static String hintFor(String kindName) {
    String hint = DidYouMean.hint(kindName, KIND_NAMES);
    return hint.isEmpty() ? "known kinds: " + String.join(", ", KIND_NAMES) : hint;
  }
}
