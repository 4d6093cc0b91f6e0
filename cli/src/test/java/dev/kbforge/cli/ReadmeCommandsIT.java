package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code kb} command of the README's code blocks that can run offline (the rule is in
 * {@link ReadmeCommands}) with {@code cli/target/kb.jar}, in a scratch copy of the repository's
 * {@code addons/} and {@code examples/}, and checks its exit status: the README's examples must
 * work as written. Commands run in the order written, so one may use what an earlier one made.
 */
class ReadmeCommandsIT {
  @TempDir Path scratch;

  @Test
  void everyOfflineReadmeCommandExitsAsExpected() throws IOException, InterruptedException {
    Path work = scratch.resolve("work");
    copy(Trees.root().resolve("addons"), work.resolve("addons"));
    copy(Trees.root().resolve("examples"), work.resolve("examples"));
    List<ReadmeCommands.Command> commands =
        ReadmeCommands.of(Files.readString(Trees.root().resolve("README.md")));
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (ReadmeCommands.Command command : commands) {
      if (!command.runnable()) {
        continue;
      }
      ran++;
      Path dir = work.resolve(command.dir()).normalize();
      if (!Files.isDirectory(dir)) {
        failures.add(command.line() + ": folder " + command.dir() + " does not exist");
        continue;
      }
      List<String> argv = new ArrayList<>();
      argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      argv.add("-jar");
      argv.add(KbProcess.jar().toString());
      argv.addAll(command.args());
      Path log = scratch.resolve("out-" + ran + ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      builder.environment().remove("KUBECONFIG");
      Process process = builder.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        failures.add(command.line() + ": still running after 3 minutes");
        continue;
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (process.exitValue() != command.status() || output.contains("\tat ")) {
        failures.add(
            command.line()
                + ": exit "
                + process.exitValue()
                + " (expected "
                + command.status()
                + ")\n"
                + output);
      }
    }
    assertTrue(ran >= 4, "too few README commands ran: " + commands);
    assertEquals(List.of(), failures, "README commands that do not work as written");
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
