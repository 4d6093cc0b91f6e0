package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeCommands} reads a README; {@code ReadmeCommandsIT} runs them. */
class ReadmeCommandsTest {
  private static final String SAMPLE =
      """
      Text `kb validate inline` is not a code block.

      ```
      ./kb render addons examples --out out/gitops   # comment
      kb render --target statefulset \\
          addons/redis --out "my tree"
      kb validate [--strict] PATH...
      kb apply out/
      kb ops apply x.yaml   # needs a cluster
      kb validate broken/   # exits 1
      kb validate --format sarif addons > kbforge.sarif
      mvn -B verify
      cd ../mydb
      kb validate .
      ```

      ```xml
      <x>kb validate in xml</x>
      ```

      ```yaml
      kb: validate
      ```
      """;

  @Test
  void readsCommandsContinuationsCommentsFoldersAndSkips() {
    List<ReadmeCommands.Command> commands = ReadmeCommands.of(SAMPLE);
    assertEquals(
        List.of(
            "render addons examples --out out/gitops @. 0 ",
            "render --target statefulset addons/redis --out my tree @. 0 ",
            "validate [--strict] PATH... @. 0 a synopsis",
            "apply out/ @. 0 needs a cluster",
            "ops apply x.yaml @. 0 needs a cluster",
            "validate broken/ @. 1 ",
            "validate --format sarif addons @. 0 ",
            "validate . @../mydb 0 "),
        commands.stream()
            .map(
                c ->
                    String.join(" ", c.args())
                        + " @"
                        + c.dir()
                        + " "
                        + c.status()
                        + " "
                        + c.skipped())
            .toList());
  }

  @Test
  void theReadmeHasCommandsToRun() throws IOException {
    String readme = Files.readString(Trees.root().resolve("README.md"));
    List<ReadmeCommands.Command> commands = ReadmeCommands.of(readme);
    long runnable = commands.stream().filter(ReadmeCommands.Command::runnable).count();
    assertTrue(runnable >= 4, "runnable README commands: " + commands);
    assertTrue(
        commands.stream().anyMatch(c -> c.skipped().startsWith("a synopsis")),
        "the synopses (kb render PATH... --out DIR ...) are recognised: " + commands);
  }
}
