package dev.kbforge.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {
  private static List<String> lines(ValidateResult result) {
    return DiagnosticFormatter.format(result, OutputFormat.TEXT, "1.2.3").lines().toList();
  }

  private static ValidateResult one(int column, String sourceLine) {
    Diagnostic d =
        new Diagnostic(Severity.ERROR, "KB2001", "a.yaml", 4, column, "m", "", sourceLine);
    return new ValidateResult(List.of(d), 1, 1);
  }

  @Test
  void gccStyleWithSourceLineCaretAndHint() {
    assertEquals(
        List.of(
            "addons/redis/cmpd.yaml:12:5: error[KB2001]: unknown field 'rolez'",
            "        rolez: []",
            "        ^",
            "  hint: did you mean 'roles'?",
            "examples/c.yaml:3:0: error[KB2001]: unknown field 'x'",
            "my dir/a:b.yaml:0:0: warning[KB1007]: kind OpsRequest is not checked",
            "2 error(s), 1 warning(s) in 7 document(s) from 4 file(s)"),
        lines(Samples.mixed()));
  }

  @Test
  void caretStaysUnderTheColumnWhenTheLineHasTabs() {
    List<String> out = lines(one(7, "\tkey: value"));
    String source = out.get(1);
    String caret = out.get(2);
    assertEquals(source.indexOf("value"), caret.indexOf('^'));
  }

  @Test
  void caretPastTheEndOfTheLineStopsAtItsEnd() {
    List<String> out = lines(one(40, "key:"));
    assertEquals(out.get(1).length(), out.get(2).indexOf('^'));
  }
}
