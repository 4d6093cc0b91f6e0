package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb init addon NAME [--dir DIR]}: a new addon project that validates and renders. */
@Command(
    name = "addon",
    description = {
      "Create a new addon project: a pom.xml that uses kb-maven-plugin, addon.yaml, a minimal"
          + " ClusterDefinition, ComponentDefinition and ComponentVersion under definitions/,"
          + " a Pebble config template under templates/NAME-config/ and an example Cluster"
          + " under examples/. It passes 'mvn kb:validate kb:render' as generated.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  project created",
      "  2  usage error, bad NAME, or DIR exists and is not empty (nothing is overwritten)",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)"
    })
final class InitAddonCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "NAME",
      description =
          "The addon's name: lower-case letters, digits and '-', starting with a letter, at"
              + " most 22 characters (it is also the component's name).")
  String name;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to create the project (default: ./NAME). Must be empty or absent.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!AddonScaffold.NAME.matcher(name).matches()) {
      err.println(
          "kb: bad addon name '"
              + name
              + "': use lower-case letters, digits and '-', start with a letter, at most 22"
              + " characters");
      return Main.USAGE;
    }
    Path root = dir != null ? dir : Path.of(name);
    if (!isEmptyOrAbsent(root)) {
      err.println("kb: " + root + " exists and is not empty; nothing written");
      return Main.USAGE;
    }
    Map<String, String> files = AddonScaffold.files(name, Kbforge.create().version());
    try {
      write(root, files);
    } catch (IOException e) {
      err.println("kb: cannot write " + root + ": " + e.getMessage());
      return Main.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("created addon '" + name + "' in " + root + ":");
    files.keySet().forEach(file -> out.println("  " + file));
    out.println("next: cd " + root + " && mvn kb:validate kb:render");
    return 0;
  }

  private static boolean isEmptyOrAbsent(Path root) {
    if (!Files.exists(root)) {
      return true;
    }
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(Path root, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }
}
