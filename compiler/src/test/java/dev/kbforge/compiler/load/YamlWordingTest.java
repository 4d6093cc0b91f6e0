package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * YAML syntax errors keep snakeyaml's position but not its parser vocabulary: each broken input
 * gives one KB1002 at the same line and column, worded without token names or "while parsing".
 */
class YamlWordingTest {
  /** snakeyaml's own words, which an author should never see. */
  private static final Pattern PARSER_WORDS =
      Pattern.compile(
          "<block|<stream|<scalar|<document|while parsing|while scanning|but found|but got"
              + "|cannot start any token|\\(\\d+\\)");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "key after a list item           | a:\\n  - b\\n  ? c\\n        | 3:3",
        "list item after a mapping       | a: 1\\n- b\\n               | 2:1",
        "list item under-indented        | a:\\n  b: 1\\n - c\\n       | 3:2",
        "mapping after a top-level list  | - a\\nb: 1\\n               | 2:1",
        "value that holds ': '           | a: b: c\\n                  | 1:5",
        "over-indented key               | a: 1\\n b: 2\\n             | 2:3",
        "unclosed [                      | a: [1, 2\\nb: 3\\n          | 2:2",
        "unclosed {                      | a: {x: 1\\n                 | 2:1",
        "stray ]                         | a: [1, 2]]\\n               | 1:10",
        "unclosed double quote           | a: \"x\\n                   | 2:1",
        "unclosed single quote           | a: 'x\\n                    | 2:1",
        "reserved @                      | a: @x\\n                    | 1:4",
        "undefined alias                 | a: *nope\\n                 | 1:4",
        "unknown escape                  | a: \"\\\\q\"\\n             | 1:6",
        "empty anchor                    | a: &\\n                     | 1:5",
        "key without colon               | key\\nother: 1\\n           | 2:6",
      })
  void syntaxErrorIsWordedForPeopleAtItsPosition(String name, String yaml, String at) {
    String text = yaml.strip().replace("\\n", "\n").replace("\\\\", "\\");
    Reporter reporter = new Reporter();
    new YamlLoader().load(SourceFile.of("in.yaml", text), text, reporter);
    List<Diagnostic> found = reporter.diagnostics();
    assertEquals(1, found.size(), found.toString());
    Diagnostic d = found.get(0);
    assertEquals("KB1002@" + at.strip(), d.code() + "@" + d.line() + ":" + d.column());
    assertFalse(PARSER_WORDS.matcher(d.message()).find(), d.message());
    assertFalse(PARSER_WORDS.matcher(d.hint()).find(), d.hint());
    assertTrue(!d.hint().isEmpty(), "every phrasing says what to do: " + d.message());
  }
}
