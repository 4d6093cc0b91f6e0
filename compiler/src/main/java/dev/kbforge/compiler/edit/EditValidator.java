package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.pipeline.SourceText;
import dev.kbforge.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an edited Cluster file, still in memory, with the addon definitions: the same phases as
 * {@code kb validate} (schemas, semantic checks, compilation with the default options) over the
 * addons' files and the edited text in place of the file on disk (the file may lie under an addon
 * path). Other files that hold Clusters (an addon's examples) are left out: they are not what is
 * being edited, and one of them may be an older copy of the same Cluster. Findings about the
 * Cluster file are kept, and the errors of any other file.
 */
final class EditValidator {
  private EditValidator() {}

  /** The display name the pipeline gives {@code file}. */
  static String display(Path file) {
    return file.normalize().toString().replace('\\', '/');
  }

  private static boolean holdsClusters(SourceText text) {
    if (text.addon().isPresent()) {
      return false; // a *.yaml.peb definition template
    }
    return new YamlLoader()
        .load(SourceFile.of(text.name(), text.text()), text.text(), new Reporter()).stream()
            .anyMatch(ClusterTarget::isCluster);
  }

  static List<Diagnostic> validate(Path file, String text, List<Path> addons) {
    String name = display(file);
    SourceReader.Inputs read = SourceReader.read(addons);
    List<SourceText> texts = new ArrayList<>();
    read.texts().stream()
        .filter(t -> !t.name().equals(name) && !holdsClusters(t))
        .forEach(texts::add);
    texts.add(new SourceText(name, text));
    Reporter reporter = new Reporter();
    new Pipeline()
        .compile(
            new SourceReader.Inputs(texts, read.templates()), RenderOptions.defaults(), reporter);
    return reporter.diagnostics().stream()
        .filter(d -> d.file().equals(name) || d.isError())
        .sorted(Diagnostic.ORDER)
        .toList();
  }
}
