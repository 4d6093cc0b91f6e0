package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Reporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** What an addon author meets writing templates: loop, split, positions, every error, hints. */
class TemplateAuthoringTest {
  private static final String FOLDER = "addons/x/templates/conf";

  private final Reporter reporter = new Reporter();

  private Optional<SortedMap<String, String>> render(String template, Map<String, ?> context) {
    return FileTemplateRenderer.render(FOLDER, Map.of("a.peb", template), context, reporter);
  }

  private List<String> found() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void loopVariableIsReadable() {
    String out =
        render(
                "{% for x in items %}{{ loop.index }}/{{ loop.length }}:{{ x }}"
                    + "{% if loop.first %}F{% endif %}{% if loop.last %}L{% else %},{% endif %}"
                    + "{% endfor %} {{ loop is defined }}",
                Map.of("items", List.of("a", "b", "c")))
            .orElseThrow()
            .get("a");
    assertEquals("0/3:aF,1/3:b,2/3:cL false", out);
    assertEquals(List.of(), found());
  }

  @Test
  void otherMethodsStayDeniedInsideALoop() {
    render("{% for x in items %}{{ x.getClass() }}{% endfor %}", Map.of("items", List.of("a")));
    assertEquals(List.of("KB5003@1:26"), found());
  }

  @Test
  void splitTakesTheDelimiterLiterally() {
    Map<String, Object> version = Map.of("v", "8.0.33");
    assertEquals(
        "8|0|33 8 2",
        render(
                "{{ v | split(\".\") | join(\"|\") }} {{ (v | split(\".\"))[0] }}"
                    + " {{ v | split(\".\", 2) | length }}",
                version)
            .orElseThrow()
            .get("a"));
    assertEquals(
        "[a, , b, ]", render("{{ \"a..b.\" | split(\".\") }}", Map.of()).orElseThrow().get("a"));
    assertEquals(
        "[a*b, c]", render("{{ \"a*b|c\" | split(\"|\") }}", Map.of()).orElseThrow().get("a"));
    assertEquals(List.of(), found());
  }

  @Test
  void emptySplitDelimiterIsAnError() {
    render("x\n  {{ \"abc\" | split(\"\") }}", Map.of());
    assertEquals(List.of("KB5004@2:3"), found());
  }

  @Test
  void unclosedIfPointsAtItsTagNotPastTheEnd() {
    render("a\n  {% if x %}\n{% for i in l %}{% endfor %}\nno end\n", Map.of("x", true));
    assertEquals(List.of("KB5001@2:3"), found());
    render("{% for i in l %}\n  {% if x %}{% endif %}\n", Map.of());
    assertEquals(List.of("KB5001@2:3", "KB5001@1:1"), found());
  }

  @Test
  void everyErrorOfAFileIsReportedAtItsColumn() {
    render(
        "port {{ prot }}\n"
            + "{% if enabeld %}on{% endif %}\n"
            + "name {{ cluster.nmae }} {{ cluster.name }}\n"
            + "{% for p in portz %}{{ p }}{% endfor %}\n"
            + "{% set n = cout %}{{ n }}\n",
        Map.of(
            "port",
            1L,
            "enabled",
            true,
            "ports",
            List.of(1L),
            "count",
            2L,
            "cluster",
            Map.of("name", "c")));
    assertEquals(
        List.of("KB5002@1:9", "KB5002@2:7", "KB5002@3:17", "KB5002@4:13", "KB5002@5:12"), found());
  }

  @Test
  void everySyntaxErrorOfAFileIsReported() {
    render("{{ a + }}\nok {{ b }}\n{{ ) }}\n", Map.of("a", 1L, "b", 2L));
    // Pebble's lexer finds the unbalanced ')' before its parser meets the first line
    assertEquals(List.of("KB5001@3:4", "KB5001@1:1"), found());
  }

  @Test
  void undefinedVariablesAndAttributesGetADidYouMean() {
    render(
        "{{ componnt.name }}\n{{ component.nmae }}",
        Map.of("component", Map.of("name", "c", "replicas", 1L)));
    List<String> hints = reporter.diagnostics().stream().map(Diagnostic::hint).toList();
    assertEquals(List.of("did you mean 'component'?", "did you mean 'name'?"), hints);
  }

  @Test
  void attributeWithNoCloseNameListsTheKnownOnes() {
    render("{{ component.zzzzzzzz }}", Map.of("component", Map.of("name", "c", "replicas", 1L)));
    assertEquals("component has: name, replicas", reporter.diagnostics().get(0).hint());
  }

  @Test
  void aVariableNamedLikeAnotherWordIsFoundAsAWord() {
    render("{{ portal }} {{ port }}", Map.of("portal", "p"));
    assertEquals(List.of("KB5002@1:17"), found());
    assertTrue(reporter.diagnostics().get(0).message().contains("'port'"));
  }
}
