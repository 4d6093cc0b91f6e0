package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of one Cluster file while edits are made to it. Every change is one value set or one
 * line removed ({@link TextEditor}); the text is loaded again after each, so the next change works
 * from fresh positions. Findings go to the reporter; after the first error the text stays as it
 * was.
 */
final class EditSession {
  private final YamlLoader loader = new YamlLoader();
  private final String fileName;
  private final String cluster;
  private final Reporter reporter;
  private final List<String> notes = new ArrayList<>();
  private String text;

  EditSession(String fileName, String text, String cluster, Reporter reporter) {
    this.fileName = fileName;
    this.text = text;
    this.cluster = cluster;
    this.reporter = reporter;
  }

  String text() {
    return text;
  }

  List<String> notes() {
    return notes;
  }

  Reporter reporter() {
    return reporter;
  }

  /** The Cluster document as the text now reads, or empty (with findings) when it cannot be. */
  Optional<SourceDocument> cluster() {
    Reporter scratch = new Reporter();
    SourceFile file = SourceFile.of(fileName, text);
    List<SourceDocument> docs = loader.load(file, text, scratch);
    if (scratch.hasErrors()) {
      scratch.diagnostics().forEach(reporter::add);
      return Optional.empty();
    }
    return ClusterTarget.find(docs, file, cluster, reporter).map(docs::get);
  }

  /** Applies one edit; false (with findings) when it cannot be made. */
  boolean apply(ClusterEdit edit) {
    if (reporter.hasErrors()) {
      return false;
    }
    Optional<SourceDocument> doc = cluster();
    if (doc.isEmpty()) {
      return false;
    }
    List<String> targets = ClusterTarget.components(doc.get(), edit.component(), reporter);
    if (targets.isEmpty()) {
      return false;
    }
    boolean all =
        edit instanceof ClusterEdit.Stop
            || edit instanceof ClusterEdit.Start
            || edit instanceof ClusterEdit.Restart;
    if (!all && targets.size() > 1) {
      reporter.value(
          Code.KB6002,
          doc.get(),
          "/spec/componentSpecs",
          "Cluster '" + doc.get().name() + "' has several components: name one with --component",
          "");
      return false;
    }
    for (String target : targets) {
      if (!ComponentEdits.apply(this, target, edit)) {
        return false;
      }
    }
    return true;
  }

  /** Sets {@code base/keys...} to {@code value} in the current text. */
  boolean set(String base, List<String> keys, ScalarValue value) {
    Optional<SourceDocument> doc = cluster();
    if (doc.isEmpty()) {
      return false;
    }
    Optional<String> edited =
        new TextEditor(new YamlText(text), doc.get(), reporter).set(base, keys, value);
    edited.ifPresent(t -> text = t);
    return edited.isPresent();
  }

  /** Removes the key at {@code pointer} (its line; else sets it to {@code otherwise}). */
  boolean remove(String pointer, String base, List<String> keys, ScalarValue otherwise) {
    Optional<SourceDocument> doc = cluster();
    if (doc.isEmpty()) {
      return false;
    }
    if (doc.get().root().at(pointer).isMissingNode()) {
      return true;
    }
    Optional<String> edited =
        new TextEditor(new YamlText(text), doc.get(), reporter).removeLine(pointer);
    if (edited.isPresent()) {
      text = edited.get();
      return true;
    }
    return set(base, keys, otherwise);
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }
}
