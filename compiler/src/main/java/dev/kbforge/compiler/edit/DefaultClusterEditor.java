package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.api.ClusterEditor;
import dev.kbforge.compiler.api.CreateClusterRequest;
import dev.kbforge.compiler.api.CreateClusterResult;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.EditRequest;
import dev.kbforge.compiler.api.EditResult;
import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.OpsApplyRequest;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ClusterEditor} front ends get: edits the text ({@link EditSession}), validates it with
 * the addons ({@link EditValidator}) and only then replaces the file ({@link AtomicFile}). Any
 * error, the edit's or validation's, leaves the file as it was.
 */
public final class DefaultClusterEditor implements ClusterEditor {

  @Override
  public EditResult edit(EditRequest request) {
    String name = EditValidator.display(request.file());
    String before = read(request.file());
    Reporter reporter = new Reporter();
    EditSession session = new EditSession(name, before, request.cluster(), reporter);
    for (ClusterEdit edit : request.edits()) {
      if (!session.apply(edit)) {
        break;
      }
    }
    return finish(
        request.file(),
        before,
        session.text(),
        reporter,
        session.notes(),
        request.addons(),
        request.dryRun());
  }

  @Override
  public EditResult applyOps(OpsApplyRequest request) {
    String name = EditValidator.display(request.clusterFile());
    String before = read(request.clusterFile());
    String opsName = EditValidator.display(request.opsFile());
    Reporter reporter = new Reporter();
    List<OpsRequestReader.Ops> all =
        new OpsRequestReader(reporter, request.timestamp()).read(opsName, read(request.opsFile()));
    String text = before;
    List<String> notes = new ArrayList<>();
    for (OpsRequestReader.Ops ops : all) {
      if (reporter.hasErrors() || !names(name, text).contains(ops.clusterName())) {
        reportMissing(reporter, ops, name, text);
        break;
      }
      EditSession session = new EditSession(name, text, ops.clusterName(), reporter);
      for (ClusterEdit edit : ops.edits()) {
        if (!session.apply(edit)) {
          break;
        }
      }
      text = session.text();
      notes.addAll(session.notes());
    }
    return finish(
        request.clusterFile(), before, text, reporter, notes, request.addons(), request.dryRun());
  }

  @Override
  public CreateClusterResult newCluster(CreateClusterRequest request) {
    return new ClusterScaffold(request).build();
  }

  private static EditResult finish(
      Path file,
      String before,
      String after,
      Reporter reporter,
      List<String> notes,
      List<Path> addons,
      boolean dryRun) {
    List<Diagnostic> diagnostics = new ArrayList<>(reporter.diagnostics());
    if (reporter.hasErrors()) {
      return new EditResult(diagnostics, "", false, List.of());
    }
    String diff = UnifiedDiff.of(EditValidator.display(file), before, after);
    diagnostics.addAll(EditValidator.validate(file, after, addons));
    boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
    boolean write = ok && !dryRun && !diff.isEmpty();
    if (write) {
      AtomicFile.write(file, after);
    }
    return new EditResult(diagnostics, diff, write, ok ? notes : List.of());
  }

  private static void reportMissing(
      Reporter reporter, OpsRequestReader.Ops ops, String file, String text) {
    if (reporter.hasErrors()) {
      return;
    }
    reporter.value(
        Code.KB6012,
        ops.doc(),
        "/spec/clusterName",
        "no Cluster '" + ops.clusterName() + "' in " + file,
        "Clusters in the file: " + String.join(", ", names(file, text)));
  }

  private static List<String> names(String name, String text) {
    Reporter scratch = new Reporter();
    return new YamlLoader()
        .load(SourceFile.of(name, text), text, scratch).stream()
            .filter(ClusterTarget::isCluster)
            .map(SourceDocument::name)
            .toList();
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException("no such file: " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
