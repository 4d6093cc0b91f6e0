package dev.kbforge.maven;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.OutputException;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every kb goal has: {@code kb.skip}, and paths that also work without a pom.xml. */
abstract class KbMojo extends AbstractMojo {
  private static final String BASEDIR = "${project.basedir}";

  /** Skip the goal. */
  @Parameter(property = "kb.skip", defaultValue = "false")
  boolean skip;

  /** The project folder; none when a goal runs without a pom.xml (see {@link #basedir()}). */
  @Parameter(defaultValue = BASEDIR, readonly = true)
  File basedir;

  /**
   * The top-level guard of every goal: input and output problems fail the build with their one
   * line; anything else escaping a goal (an OutOfMemoryError, a StackOverflowError, any other bug:
   * bad input is always a diagnostic) fails it with one line asking for a report. Maven prints the
   * stack only with {@code -e} or {@code -X}.
   */
  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    try {
      run();
    } catch (InputException | OutputException e) {
      throw new MojoExecutionException("kb: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) { // the last line of defence
      throw new MojoExecutionException(
          "kb: internal error: "
              + e.toString().replaceAll("\\s*\\R\\s*", " ")
              + " (a bug in kbforge: please report it with the goal and input that caused it;"
              + " run Maven with -e for the stack trace)",
          e);
    }
  }

  /** The goal itself. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Whether the goal is skipped (and says so). */
  boolean skipped(String goal) {
    if (skip) {
      getLog().info(goal + ": skipped (kb.skip)");
    }
    return skip;
  }

  /** The project folder, or the current folder when the goal runs without a pom.xml. */
  Path basedir() {
    return (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
  }

  /**
   * A path parameter as an absolute path. Without a pom.xml, Maven's stand-in project has no
   * basedir and leaves {@code ${project.build.directory}} as the text "${project.basedir}/target":
   * resolve it against the current folder.
   */
  Path path(File file) {
    String text = file.getPath();
    int at = text.indexOf(BASEDIR);
    if (at >= 0) {
      String rest = text.substring(at + BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
      return basedir().resolve(rest).normalize();
    }
    return basedir().resolve(text).normalize();
  }
}
