package dev.kbforge.compiler.load;

import static dev.kbforge.compiler.load.YamlLoader.position;

import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns snakeyaml-engine's exceptions into diagnostics. A problem found at a tab is a tab that
 * Kubernetes refuses as well ({@link SeparationTabs} has already turned the tabs it accepts into
 * spaces): it gets its own code and a message that says what to do, instead of the scanner's. Other
 * syntax errors are worded by {@link YamlWording}.
 */
final class YamlSyntaxErrors {
  private YamlSyntaxErrors() {}

  static void report(SourceFile file, YamlEngineException e, Reporter reporter) {
    if (!(e instanceof MarkedYamlEngineException marked)) {
      String message = String.valueOf(e.getMessage());
      Code code = message.contains("aliases") ? Code.KB1004 : Code.KB1002;
      reporter.at(code, Severity.ERROR, file, new Position(1, 1), message, "");
      return;
    }
    Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
    Position at = position(Optional.ofNullable(mark));
    String line = file.line(at.line());
    int index =
        at.column() < 1
            ? -1
            : line.offsetByCodePoints(
                0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
    if (index >= 0 && index < line.length() && line.charAt(index) == '\t') {
      reporter.at(
          Code.KB1020,
          Severity.ERROR,
          file,
          at,
          tabProblem(line, index),
          "replace the tab with spaces; Kubernetes reads a tab only between the tokens of a line"
              + " (after a value or 'key:', before a comment, inside [ ] or { })");
      return;
    }
    String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
    Code code = problem.contains("aliases") ? Code.KB1004 : Code.KB1002;
    if (code == Code.KB1004) {
      reporter.at(code, Severity.ERROR, file, at, problem, "");
      return;
    }
    YamlWording.Phrase phrase =
        YamlWording.phrase(problem, marked.getContext(), position(marked.getContextMark()));
    reporter.at(code, Severity.ERROR, file, at, phrase.message(), phrase.hint());
  }

  /** Says which rule the tab at {@code index} breaks. */
  private static String tabProblem(String line, int index) {
    String before = line.substring(0, index).stripTrailing();
    if (before.isEmpty()) {
      return "a tab indents this line; YAML indentation is spaces only";
    }
    char last = before.charAt(before.length() - 1);
    if (last == '-' || last == '?' || last == ':') {
      return "a tab after '" + last + "' where YAML needs a space";
    }
    return "a tab where YAML needs a space";
  }
}
