package dev.kbforge.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {
  private static List<String> lines(ValidateResult result) {
    return DiagnosticFormatter.format(result, OutputFormat.GITHUB, "1.2.3").lines().toList();
  }

  @Test
  void oneCommandPerDiagnosticThenTheSummary() {
    assertEquals(
        List.of(
            "::error file=addons/redis/cmpd.yaml,line=12,col=5,title=KB2001::"
                + "unknown field 'rolez'%0Ahint: did you mean 'roles'?",
            "::error file=examples/c.yaml,line=3,title=KB2001::unknown field 'x'",
            "::warning file=my dir/a%3Ab.yaml,title=KB1007::kind OpsRequest is not checked",
            "2 error(s), 1 warning(s) in 7 document(s) from 4 file(s)"),
        lines(Samples.mixed()));
  }

  @Test
  void messageEscapesPercentAndLineBreaksButNotCommaOrColon() {
    Diagnostic d =
        new Diagnostic(Severity.ERROR, "KB1002", "a.yaml", 1, 2, "100%, a:b\r\nnext", "", "");
    assertEquals(
        "::error file=a.yaml,line=1,col=2,title=KB1002::100%25, a:b%0D%0Anext",
        lines(new ValidateResult(List.of(d), 1, 1)).get(0));
  }

  @Test
  void propertiesAlsoEscapeCommaAndColon() {
    assertEquals("a%2Cb%3Ac%25d%0Ae", GithubFormatter.property("a,b:c%d\ne"));
    assertEquals("a,b:c%25d%0De", GithubFormatter.data("a,b:c%d\re"));
  }

  @Test
  void cleanRunPrintsOnlyTheSummary() {
    assertEquals(
        List.of("0 error(s), 0 warning(s) in 3 document(s) from 2 file(s)"),
        lines(Samples.clean()));
  }
}
