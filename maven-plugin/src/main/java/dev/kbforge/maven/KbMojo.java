package dev.kbforge.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
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
