package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.model.TemplateFolder;
import dev.kbforge.compiler.render.FileTemplateRenderer;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.ShardingSlot;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code kubeblocks} target (DESIGN section 5): no lowering. A Cluster becomes its own CR, and
 * the definitions it uses (ClusterDefinition, ComponentDefinitions, the ComponentVersions that list
 * them, ShardingDefinitions and the template ConfigMaps) go to the shared definitions folder.
 * KubeBlocks renders config templates itself, with Go's text/template: a template folder is shipped
 * as a ConfigMap of its files, and a Pebble file in it cannot be shipped (KB5410).
 */
final class PassThrough {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final InputSet inputs;
  private final Set<Diagnostic> reported = new HashSet<>();

  PassThrough(InputSet inputs) {
    this.inputs = inputs;
  }

  /** The Cluster CR as written, in its namespace, without status. */
  static ObjectNode cluster(SourceDocument cluster, String namespace) {
    return Manifests.cleanIn((ObjectNode) cluster.root(), namespace);
  }

  /** Adds what {@code layout} uses to {@code shared}; false when a template has no source. */
  boolean addDefinitions(ClusterLayout layout, SharedDefinitions shared, Reporter reporter) {
    layout.topology().definition().ifPresent(cd -> shared.add(Manifests.clean(object(cd))));
    Set<SourceDocument> cmpds = new LinkedHashSet<>();
    for (ComponentSlot slot : layout.slots()) {
      slot.definition().ifPresent(cmpds::add);
    }
    for (ShardingSlot sharding : layout.shardings()) {
      sharding.resolution().definition().ifPresent(sd -> shared.add(Manifests.clean(object(sd))));
    }
    boolean ok = true;
    for (SourceDocument cmpd : cmpds) {
      shared.add(Manifests.clean(object(cmpd)));
      for (SourceDocument cmpv : inputs.of(Kind.COMPONENT_VERSION)) {
        if (lists(cmpv, cmpd.name())) {
          shared.add(Manifests.clean(object(cmpv)));
        }
      }
      ok &= addTemplates(cmpd, shared, reporter);
    }
    return ok;
  }

  private boolean addTemplates(SourceDocument cmpd, SharedDefinitions shared, Reporter reporter) {
    boolean ok = true;
    for (String list : List.of("configs", "scripts")) {
      JsonNode entries = cmpd.root().path("spec").path(list);
      for (int i = 0; i < entries.size(); i++) {
        JsonNode entry = entries.path(i);
        String template = entry.path("template").asString("");
        if (template.isEmpty()) {
          continue;
        }
        boolean external = entry.path("externalManaged").asBoolean(false);
        Optional<TemplateFolder> folder = inputs.templates().folder(cmpd.file().name(), template);
        Optional<SourceDocument> cm = inputs.named(Kind.CONFIG_MAP, template);
        if (folder.isPresent()) {
          String namespace = entry.path("namespace").asString("default");
          ok &= addFolder(folder.get(), namespace, shared, reporter);
        } else if (cm.isPresent()) {
          shared.add(Manifests.clean(object(cm.get())));
        } else if (!external) {
          report(
              reporter,
              cmpd,
              "/spec/" + list + "/" + i + "/template",
              "template '" + template + "' has no source");
          ok = false;
        }
      }
    }
    return ok;
  }

  /** A template folder as the ConfigMap KubeBlocks reads it from; Pebble files cannot go. */
  private boolean addFolder(
      TemplateFolder folder, String namespace, SharedDefinitions shared, Reporter reporter) {
    boolean ok = true;
    ObjectNode configMap = NODES.objectNode();
    configMap.put("apiVersion", "v1");
    configMap.put("kind", "ConfigMap");
    configMap.putObject("metadata").put("name", folder.name()).put("namespace", namespace);
    ObjectNode data = configMap.putObject("data");
    for (Map.Entry<String, String> file : folder.files().entrySet()) {
      if (FileTemplateRenderer.isTemplate(file.getKey())) {
        SourceFile source = SourceFile.of(folder.path() + "/" + file.getKey(), file.getValue());
        Diagnostic d =
            new Diagnostic(
                Code.KB5410.severity(),
                Code.KB5410.name(),
                source.name(),
                1,
                1,
                "Pebble template cannot be passed to KubeBlocks, which renders Go templates",
                "render with --target instanceset or statefulset, or write the file for"
                    + " KubeBlocks without the .peb suffix",
                source.line(1));
        if (reported.add(d)) {
          reporter.add(d);
        }
        ok = false;
      } else {
        data.put(file.getKey(), file.getValue());
      }
    }
    shared.add(configMap);
    return ok;
  }

  private void report(Reporter reporter, SourceDocument doc, String pointer, String message) {
    Position p = doc.valuePosition(pointer);
    Diagnostic d =
        new Diagnostic(
            Code.KB5401.severity(),
            Code.KB5401.name(),
            doc.file().name(),
            p.line(),
            p.column(),
            message,
            "add the folder templates/<template>/ to the addon, or the ConfigMap to the inputs",
            doc.file().line(p.line()));
    if (reported.add(d)) {
      reporter.add(d);
    }
  }

  /** Whether a ComponentVersion's compatibility rules name this ComponentDefinition. */
  static boolean lists(SourceDocument cmpv, String cmpdName) {
    for (JsonNode rule : cmpv.root().path("spec").path("compatibilityRules")) {
      for (JsonNode compDef : rule.path("compDefs")) {
        if (compDef.isString() && NameMatcher.prefixOrRegex(cmpdName, compDef.asString())) {
          return true;
        }
      }
    }
    return false;
  }

  private static ObjectNode object(SourceDocument doc) {
    return (ObjectNode) doc.root();
  }
}
