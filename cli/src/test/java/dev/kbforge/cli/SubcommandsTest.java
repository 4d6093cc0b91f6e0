package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * {@link Main} gives picocli only the subcommand a command line names; what kb prints and returns
 * must be what it was with all of them.
 */
class SubcommandsTest {
  @Test
  void eachNameIsItsCommandsOwn() {
    for (Map.Entry<String, Class<?>> entry : Subcommands.ALL.entrySet()) {
      assertEquals(entry.getKey(), entry.getValue().getAnnotation(Command.class).name());
    }
  }

  @Test
  void aNamedCommandIsAllThatIsBuilt() {
    assertEquals(List.of(ValidateCommand.class), List.copyOf(needed("validate", "addons")));
    assertEquals(List.of(ClusterCommand.class), List.copyOf(needed("--debug", "cluster", "stop")));
    assertEquals(List.of(RenderCommand.class), List.copyOf(needed("render", "--help")));
  }

  @Test
  void helpCompletionAndAnythingUnknownGetThemAll() {
    for (String[] args :
        new String[][] {
          {},
          {"help"},
          {"help", "validate"},
          {"completion", "bash"},
          {"--help"},
          {"-h"},
          {"frobnicate"},
          {"--no-color", "validate"},
          {"--debug"},
          {"--", "validate"}
        }) {
      assertEquals(List.copyOf(Subcommands.ALL.values()), List.copyOf(needed(args)));
    }
  }

  @Test
  void kbPrintsTheSameAsWithEveryCommand() {
    for (String[] args :
        new String[][] {
          {"validate", "--help"},
          {"validate"},
          {"validate", "--bogus", "x"},
          {"validate", "--format", "yaml", "x"},
          {"validate", "no/such/path"},
          {"--debug", "validate", "no/such/path"},
          {"validate", "--debug", "no/such/path"},
          {"render", "--help"},
          {"cluster", "--help"},
          {"cluster", "stop"},
          {"cluster", "frobnicate"},
          {"apply", "--help"},
          {"init", "addon", "--help"},
          {"bench", "--help"},
          {"ops", "--help"},
          {"crds", "--bogus"},
          {"--version"},
          {"-V", "validate"},
        }) {
      assertEquals(withAll(args), Run.of(args), String.join(" ", args));
    }
  }

  private static java.util.Collection<Class<?>> needed(String... args) {
    return Subcommands.needed(args);
  }

  private static Run withAll(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), Subcommands.ALL.values());
    return new Run(status, out.toString(), err.toString());
  }
}
