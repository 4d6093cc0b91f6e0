package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.format.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb validate} without picocli must print and return what it does with picocli. */
class ValidateFastPathTest {
  private static final String REDIS = Path.of("..", "addons", "redis").toString();

  @TempDir Path dir;

  @Test
  void takesPathsAndTheThreeOptions() {
    assertEquals(
        Optional.of(
            new ValidateFastPath.Line(
                List.of(Path.of("a"), Path.of("b")), OutputFormat.SARIF, true, true)),
        ValidateFastPath.parse(
            new String[] {"validate", "a", "--format", "SARIF", "--strict", "b", "--no-color"}));
    assertEquals(
        Optional.of(
            new ValidateFastPath.Line(List.of(Path.of("a")), OutputFormat.JSON, false, false)),
        ValidateFastPath.parse(new String[] {"validate", "--format=json", "a"}));
    assertEquals(
        Optional.of(
            new ValidateFastPath.Line(List.of(Path.of("a")), OutputFormat.TEXT, false, false)),
        ValidateFastPath.parse(new String[] {"validate", "a"}));
  }

  @Test
  void leavesEverythingElseToPicocli() {
    for (String[] args :
        new String[][] {
          {"validate"},
          {"validate", "--strict"},
          {"validate", "--help", "a"},
          {"validate", "-h"},
          {"validate", "--debug", "a"},
          {"validate", "--strict", "--strict", "a"},
          {"validate", "--format", "json", "--format", "text", "a"},
          {"validate", "--format", "xml", "a"},
          {"validate", "--format=", "a"},
          {"validate", "a", "--format"},
          {"validate", "--", "a"},
          {"validate", "-", "a"},
          {"validate", "@args.txt"},
          {"validate", ""},
          {"validate", "--bogus", "a"},
          {"render", "a"},
          {"--debug", "validate", "a"},
        }) {
      assertEquals(Optional.empty(), ValidateFastPath.parse(args), String.join(" ", args));
    }
  }

  @Test
  void printsAndReturnsWhatPicocliDoes() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "a: [1, 2\nb: {\n");
    Path ops =
        Files.writeString(
            dir.resolve("ops.yaml"),
            "apiVersion: operations.kubeblocks.io/v1alpha1\nkind: OpsRequest\n"
                + "metadata:\n  name: restart\n");
    String missing = dir.resolve("nope.yaml").toString();
    List<String[]> lines =
        List.of(
            new String[] {"validate", REDIS},
            new String[] {"validate", "--format", "json", REDIS},
            new String[] {"validate", "--format=SARIF", "--strict", REDIS},
            new String[] {"validate", "--format", "github", REDIS, bad.toString()},
            new String[] {"validate", "--no-color", bad.toString()},
            new String[] {"validate", ops.toString()},
            new String[] {"validate", ops.toString(), "--strict"},
            new String[] {"validate", missing},
            new String[] {"validate", REDIS, missing});
    for (String[] args : lines) {
      assertTrue(ValidateFastPath.parse(args).isPresent(), String.join(" ", args));
      assertEquals(throughPicocli(args), Run.of(args), String.join(" ", args));
    }
  }

  private static Run throughPicocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), Subcommands.needed(args));
    return new Run(status, out.toString(), err.toString());
  }
}
