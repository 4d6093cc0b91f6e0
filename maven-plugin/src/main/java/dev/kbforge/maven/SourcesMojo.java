package dev.kbforge.maven;

import dev.kbforge.compiler.api.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares, and how findings reach Maven's log. Subclasses are a goal's own
 * parameters plus one call to the compiler.
 */
abstract class SourcesMojo extends KbMojo {

  /**
   * The addon project: addon.yaml, definitions/, templates/, examples/. Searched recursively for
   * *.yaml and *.yml, skipping target/ and dot-folders; pom.xml and other build files are not YAML
   * and are never read.
   */
  @Parameter(property = "kb.sourceDirectory", defaultValue = "${project.basedir}")
  File sourceDirectory;

  /**
   * More files or folders read together with {@link #sourceDirectory}: Clusters kept elsewhere, or
   * the definitions of an addon that lives in another folder. Comma-separated on the command line.
   */
  @Parameter(property = "kb.clusters")
  List<File> clusters = new ArrayList<>();

  /** Treat warnings as errors: they are then reported as errors and fail the build. */
  @Parameter(property = "kb.strict", defaultValue = "false")
  boolean strict;

  /** The paths handed to the compiler, absolute so that the log's file names are links. */
  List<Path> inputs() {
    List<Path> paths = new ArrayList<>();
    paths.add(sourceDirectory != null ? path(sourceDirectory) : basedir());
    for (File extra : clusters == null ? List.<File>of() : clusters) {
      paths.add(path(extra));
    }
    return paths;
  }

  /**
   * Logs every finding as {@code file:line:col: error[CODE]: message} and fails the build with a
   * one-line summary when there is an error.
   */
  void report(String goal, List<Diagnostic> diagnostics) throws MojoFailureException {
    DiagnosticLog.write(getLog(), diagnostics);
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors > 0) {
      throw new MojoFailureException(
          goal
              + ": "
              + DiagnosticLog.count(errors, "error")
              + ", "
              + DiagnosticLog.count(warnings, "warning")
              + " (see the log above)");
    }
  }
}
