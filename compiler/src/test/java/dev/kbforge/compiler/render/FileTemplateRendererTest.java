package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class FileTemplateRendererTest {
  private static final String FOLDER = "addons/x/templates/conf";

  private final Reporter reporter = new Reporter();

  private Optional<SortedMap<String, String>> render(
      Map<String, String> files, Map<String, ?> context) {
    return FileTemplateRenderer.render(FOLDER, files, context, reporter);
  }

  private List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void templateLosesItsSuffixAndSeesTheContext() {
    SortedMap<String, String> out =
        render(
                Map.of("app.conf.peb", "name {{ cluster.name }}\n"),
                Map.of("cluster", Map.of("name", "c1")))
            .orElseThrow();
    assertEquals(Map.of("app.conf", "name c1\n"), out);
    assertEquals(List.of(), codes());
  }

  @Test
  void otherFilesAreCopiedByteForByte() {
    String script =
        "#!/bin/sh\r\n"
            + "n=${#arr[@]}\n"
            + "{# not a comment #}\n"
            + "echo {{ x }} {% if %} ${x:-{{y}}}\n"
            + "printf '%s' \"$@\"\t\u00e9\n";
    SortedMap<String, String> out = render(Map.of("start.sh", script), Map.of()).orElseThrow();
    assertEquals(Map.of("start.sh", script), out);
    assertEquals(List.of(), codes());
  }

  @Test
  void integerArithmeticOnLongVariables() {
    SortedMap<String, String> out =
        render(
                Map.of("m.peb", "{{ (PHY_MEMORY * 80 / 100) }} {% if replicas > 1 %}ha{% endif %}"),
                Map.of("PHY_MEMORY", 1000, "replicas", 3L))
            .orElseThrow();
    assertEquals("800 ha", out.get("m"));
  }

  @Test
  void undefinedVariableIsReportedAtItsLine() {
    Optional<SortedMap<String, String>> out =
        render(Map.of("a.conf.peb", "line one\nport {{ prot }}\n"), Map.of("port", 1L));
    assertTrue(out.isEmpty());
    assertEquals(List.of("KB5002@" + FOLDER + "/a.conf.peb:2:9"), codes());
  }

  @Test
  void undefinedAttributeOfAMapIsReportedAtItsLine() {
    render(Map.of("a.peb", "\n\n{{ cluster.nmae }}"), Map.of("cluster", Map.of("name", "c")));
    assertEquals(List.of("KB5002@" + FOLDER + "/a.peb:3:12"), codes());
  }

  @Test
  void methodCallOnAStringIsDenied() {
    render(Map.of("a.peb", "ok\n{{ \"abc\".getClass() }}"), Map.of());
    assertEquals(List.of("KB5003@" + FOLDER + "/a.peb:2:10"), codes());
  }

  @Test
  void methodCallOnAVariableIsDenied() {
    render(Map.of("a.peb", "{{ x.toString() }}"), Map.of("x", 5L));
    assertEquals(List.of("KB5003@" + FOLDER + "/a.peb:1:6"), codes());
  }

  @Test
  void getterStyleAccessIsDeniedToo() {
    render(Map.of("a.peb", "\n{{ x.class }}"), Map.of("x", "s"));
    assertEquals(List.of("KB5003@" + FOLDER + "/a.peb:2:6"), codes());
  }

  @Test
  void methodCallOnAMapIsDenied() {
    render(Map.of("a.peb", "{{ m.size() }}{{ m.entrySet() }}"), Map.of("m", Map.of("a", 1L)));
    assertEquals(
        List.of("KB5003@" + FOLDER + "/a.peb:1:6", "KB5003@" + FOLDER + "/a.peb:1:20"), codes());
  }

  @Test
  void unclosedBlockIsReportedAtItsOpeningTagOnce() {
    FileTemplateRenderer renderer =
        FileTemplateRenderer.compile(
            FOLDER, Map.of("a.peb", "a\nb\n{% if x %}\nno end\n"), reporter);
    assertTrue(renderer.render(Map.of("x", true), reporter).isEmpty());
    assertTrue(renderer.render(Map.of("x", true), reporter).isEmpty());
    assertEquals(List.of("KB5001@" + FOLDER + "/a.peb:3:1"), codes());
  }

  @Test
  void wrongOperandTypesAreAnEvaluationError() {
    render(Map.of("a.peb", "x\n{{ name * 2 }}"), Map.of("name", "redis"));
    assertEquals(List.of("KB5004@" + FOLDER + "/a.peb:2:1"), codes());
  }

  @Test
  void includeReadsASiblingAndNothingElse() {
    Map<String, String> files =
        Map.of(
            "main.conf.peb", "{% include \"part.peb\" %}|{% include \"./part.peb\" %}",
            "part.peb", "p={{ v }}");
    assertEquals("p=1|p=1", render(files, Map.of("v", 1L)).orElseThrow().get("main.conf"));
    render(Map.of("a.peb", "\n{% include \"/etc/passwd\" %}"), Map.of());
    render(Map.of("b.peb", "{% include \"../other/x.peb\" %}"), Map.of());
    assertEquals(
        List.of("KB5005@" + FOLDER + "/a.peb:2:1", "KB5005@" + FOLDER + "/b.peb:1:1"), codes());
  }

  @Test
  void errorInsideAnIncludedTemplateIsReportedThere() {
    render(
        Map.of("main.peb", "{% include \"part.peb\" %}", "part.peb", "\n\n{{ nope }}"), Map.of());
    assertEquals(List.of("KB5002@" + FOLDER + "/part.peb:3:4"), codes());
  }

  @Test
  void setInOneRenderDoesNotLeakIntoTheNext() {
    FileTemplateRenderer renderer =
        FileTemplateRenderer.compile(
            FOLDER,
            Map.of("a.peb", "{% if first %}{% set extra = 1 %}{% endif %}{{ extra }}"),
            reporter);
    assertEquals("1", renderer.render(Map.of("first", true), reporter).orElseThrow().get("a"));
    assertTrue(renderer.render(Map.of("first", false), reporter).isEmpty());
    assertEquals(List.of("KB5002@" + FOLDER + "/a.peb:1:48"), codes());
  }

  @Test
  void twoFilesRenderingToOneNameAreReported() {
    render(Map.of("a.conf", "x", "a.conf.peb", "y"), Map.of());
    assertEquals(List.of("KB5006@" + FOLDER + "/a.conf.peb:1:1"), codes());
  }

  @Test
  void noAutoEscapingAndNoNewlineTrimming() {
    String out =
        render(Map.of("a.peb", "{% if true %}\n<{{ s }}>\n{% endif %}\n"), Map.of("s", "a&b\"'"))
            .orElseThrow()
            .get("a");
    assertEquals("\n<a&b\"'>\n\n", out);
  }

  @Test
  void cacheTagDoesNotKeepOneRendersOutputForTheNext() {
    FileTemplateRenderer renderer =
        FileTemplateRenderer.compile(
            FOLDER, Map.of("a.peb", "{% cache \"k\" %}{{ n }}{% endcache %}"), reporter);
    assertEquals("1", renderer.render(Map.of("n", 1L), reporter).orElseThrow().get("a"));
    assertEquals("2", renderer.render(Map.of("n", 2L), reporter).orElseThrow().get("a"));
  }

  @Test
  void selfIncludeIsAnErrorNotACrash() {
    render(Map.of("a.peb", "x\n{% include \"a.peb\" %}"), Map.of());
    // the include nesting limit (TemplateBudget), at the include's line
    assertEquals(List.of("KB5362@" + FOLDER + "/a.peb:2:1"), codes());
  }

  @Test
  void runawayOutputIsStopped() {
    render(Map.of("a.peb", "{% for i in range(1, 999999) %}0123456789{% endfor %}"), Map.of());
    // the output limit (TemplateBudget.MAX_CHARS), at the loop that wrote past it
    assertEquals(List.of("KB5361@" + FOLDER + "/a.peb:1:1"), codes());
  }

  @Test
  void i18nFunctionIsNotAvailable() {
    render(Map.of("a.peb", "\n{{ i18n(\"messages\", \"k\") }}"), Map.of());
    assertEquals(List.of("KB5004@" + FOLDER + "/a.peb:2:1"), codes());
  }
}
