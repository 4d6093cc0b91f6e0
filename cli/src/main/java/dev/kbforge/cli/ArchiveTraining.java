package dev.kbforge.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run the build makes kb's start-up archive with (cli/pom.xml runs it under {@code
 * -XX:ArchiveClassesAtExit}): the commands a user runs most, in one JVM, so that the classes they
 * load are archived and the next {@code kb} process maps them instead of loading them one by one.
 * Arguments: an addon folder to validate and render (skipped when missing) and a scratch folder.
 * Never fails the build: without the archive the launcher starts kb the plain way.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) {
    Path addon = Path.of(args.length > 0 ? args[0] : "addons/redis");
    Path scratch = Path.of(args.length > 1 ? args[1] : "target/archive-training");
    run("--help");
    run("--version");
    run("render", "--help");
    if (Files.isDirectory(addon)) {
      run("validate", addon.toString());
      run("validate", "--format", "json", addon.toString());
      run("render", addon.toString(), "--out", scratch.resolve("tree").toString());
    }
    run("crds", "--out", scratch.resolve("crds").toString());
  }

  private static void run(String... args) {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
    try {
      int status = Main.run(args, sink, sink);
      if (status != 0) { // e.g. a template budget hit on a slow machine: fewer classes archived
        System.err.println(
            "kb start-up archive: training 'kb " + String.join(" ", args) + "' exited " + status);
      }
    } catch (RuntimeException e) {
      System.err.println("kb start-up archive: training 'kb " + String.join(" ", args) + "': " + e);
    }
  }
}
