package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each attack of issue 11 on the template engine ends in the diagnostic that names its limit, at
 * the template and line that passed it. The timeout is a hang guard only (generous, for a loaded
 * machine): a passing run ends in well under a second per case, except the clock case.
 */
class TemplateLimitsTest {
  private static final String FOLDER = "addons/x/templates/conf";
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private final Reporter reporter = new Reporter();

  private Optional<SortedMap<String, String>> render(Map<String, String> files) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> FileTemplateRenderer.render(FOLDER, files, Map.of("s", "ab"), reporter));
  }

  private List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a loop that runs for ever, with no output
        "'{% for i in range(0, 100000000) %}{% endfor %}'|KB5364",
        "'x\n{% for i in range(0, 900000) %}{% for j in range(0, 900000) %}{% endfor %}{% endfor %}'"
            + "|KB5360@2",
        "'{{ range(0, 2000000000) | length }}'|KB5364",
        "'{{ (0..2000000000) | length }}'|KB5364",
        // doubling strings and lists
        "'{% set t = s %}\n{% for i in range(0, 64) %}{% set t = t ~ t %}{% endfor %}'|KB5364@2",
        "'{% set l = [1, 2] %}\n{% for i in range(0, 64) %}{% set l = l | merge(l) %}{% endfor %}'"
            + "|KB5364@2",
        "'{% set t = s %}\n{% for i in range(0, 64) %}{% set t = t | replace({\"a\": t}) %}{% endfor %}'"
            + "|KB5364@2",
        // output
        "'{% for i in range(0, 999999) %}{{ \"0123456789\" }}{% endfor %}'|KB5361",
        // recursion: a macro calling itself, twice (exponential) or once (deep)
        "'{% macro m(n) %}{{ m(n) }}{% endmacro %}\n{{ m(1) }}'|KB5362@1",
        "'{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(45) }}'"
            + "|KB5363@1",
      })
  void eachAttackEndsAtItsLimit(String template, String expected) {
    assertTrue(render(Map.of("t.peb", template.replace("\\n", "\n"))).isEmpty());
    String code = expected.split("@")[0];
    String at = expected.contains("@") ? FOLDER + "/t.peb:" + expected.split("@")[1] : null;
    List<String> codes = codes();
    assertEquals(1, codes.size(), codes.toString());
    assertTrue(codes.get(0).startsWith(code + "@"), codes.toString());
    if (at != null) {
      assertEquals(code + "@" + at, codes.get(0));
    }
  }

  @Test
  void anIncludeOfItselfEndsAtTheDepthLimitOnTheIncludeLine() {
    assertTrue(render(Map.of("a.peb", "x\n{% include \"a.peb\" %}")).isEmpty());
    assertEquals(List.of("KB5362@" + FOLDER + "/a.peb:2"), codes());
  }

  @Test
  void realTemplatesStayFarBelowTheLimits() {
    String template =
        "{% for i in range(0, 2) %}{{ i }}{% endfor %}"
            + "{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(s ~ s) }}{{ [1] | merge([2]) | join(',') }}";
    assertEquals("012<abab>1,2", render(Map.of("t.peb", template)).orElseThrow().get("t"));
    assertEquals(List.of(), codes());
  }
}
