package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.DidYouMean;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A config or script {@code template} names the ConfigMap its files come from (or, in kbforge's
 * addon layout, the folder {@code templates/<template>/} of the definition's addon). KubeBlocks
 * needs that ConfigMap to exist unless the template is externalManaged; when the input set has
 * neither, the files are probably missing (KB3137). A warning: the ConfigMap may be installed
 * separately. Compiling a Cluster that uses the template is an error (KB5401).
 */
public final class FileTemplateSourceCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    Set<String> configMaps = new LinkedHashSet<>(inputs.names(Kind.CONFIG_MAP));
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (String list : List.of("configs", "scripts")) {
        for (Located entry : Located.spec(doc).items(list)) {
          Located template = entry.get("template");
          if (template.text().isEmpty()
              || entry.isTrue("externalManaged")
              || configMaps.contains(template.text())
              || inputs.templates().folder(doc.file().name(), template.text()).isPresent()) {
            continue;
          }
          reporter.value(
              Code.KB3137,
              doc,
              template.pointer(),
              "template '" + template.text() + "' has no ConfigMap in the input set",
              hint(template.text(), configMaps));
        }
      }
    }
  }

  private static String hint(String template, Set<String> configMaps) {
    String close = DidYouMean.hint(template, configMaps);
    return close.isEmpty()
        ? "add a folder templates/"
            + template
            + "/ to the addon, or a ConfigMap named '"
            + template
            + "', or set externalManaged: true"
        : close;
  }
}
