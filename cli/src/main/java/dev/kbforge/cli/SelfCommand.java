package dev.kbforge.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts {@code kb} again the way this one was started, for the benchmarks that
 * launch it as a user would: the {@code ./kb} launcher when it started this process (it exports
 * {@code KB_LAUNCHER}), so its JVM options and start-up archive count too; otherwise this JVM with
 * its options and class path.
 */
final class SelfCommand {
  static final String LAUNCHER_VARIABLE = "KB_LAUNCHER";

  private SelfCommand() {}

  static List<String> current() {
    String launcher = System.getenv(LAUNCHER_VARIABLE);
    if (launcher != null && !launcher.isBlank() && Files.isExecutable(Path.of(launcher))) {
      return List.of(launcher);
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    return command;
  }
}
