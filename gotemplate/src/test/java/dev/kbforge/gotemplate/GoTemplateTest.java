package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the differential corpus cannot show: kbforge's own refusals and bounds, error positions, and
 * the API a caller extends. Messages are not asserted, only kinds and positions.
 */
class GoTemplateTest {
  private static TemplateException parseError(String text) {
    return assertThrows(
        TemplateException.class, () -> GoTemplate.parse("t", text, FunctionMap.sprig()));
  }

  private static TemplateException execError(String text, Object data, RenderOptions options) {
    return assertThrows(
        TemplateException.class,
        () -> GoTemplate.parse("t", text, FunctionMap.sprig()).execute(data, options));
  }

  @Test
  void unsupportedFunctionIsAParseErrorAtItsPosition() {
    TemplateException e = parseError("line one\n  {{ .a | nosuch }}");
    assertEquals(TemplateException.Kind.UNSUPPORTED_FUNCTION, e.kind());
    assertEquals(2, e.line());
    assertEquals(11, e.column());
  }

  @Test
  void nonDeterministicFunctionsAreRefusedDistinctly() {
    for (String fn : List.of("now", "randAlphaNum", "uuidv4", "genCA", "genPrivateKey", "env")) {
      TemplateException e = parseError("{{ " + fn + " }}");
      assertEquals(TemplateException.Kind.NONDETERMINISTIC_FUNCTION, e.kind(), fn);
      assertEquals(1, e.line());
      assertEquals(4, e.column());
    }
  }

  @Test
  void parseErrorsCarryLineAndColumn() {
    TemplateException e = parseError("a\nb {{ if }}x{{ end }}");
    assertEquals(TemplateException.Kind.PARSE, e.kind());
    assertEquals(2, e.line());
    assertEquals(9, e.column());
  }

  @Test
  void missingKeyErrorPointsAtTheField() {
    TemplateException e =
        execError(
            "ok\n{{ .present }} {{ .absent }}",
            Map.of("present", "x"),
            RenderOptions.DEFAULT.withMissingKey(MissingKey.ERROR));
    assertEquals(TemplateException.Kind.EXEC, e.kind());
    assertEquals(2, e.line());
    assertEquals(19, e.column());
  }

  @Test
  void callersAddTheirOwnFunctions() throws TemplateException {
    FunctionMap fns =
        FunctionMap.sprig()
            .with(
                "getPortByName",
                GoFunction.of(
                    a -> ((Map<?, ?>) a.get(0)).get(a.get(1)), ArgType.MAP, ArgType.STRING));
    GoTemplate t = GoTemplate.parse("t", "{{ getPortByName .ports \"redis\" }}", fns);
    assertEquals("6379", t.execute(Map.of("ports", Map.of("redis", 6379.0))));
  }

  @Test
  void aCallerFunctionMayReplaceARefusedOne() throws TemplateException {
    FunctionMap fns = FunctionMap.sprig().with("now", GoFunction.of(a -> "fixed"));
    assertEquals("fixed", GoTemplate.parse("t", "{{ now }}", fns).execute(null));
  }

  @Test
  void goBuiltinsAloneDoNotHaveSprig() {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () -> GoTemplate.parse("t", "{{ upper \"a\" }}", FunctionMap.goBuiltins()));
    assertEquals(TemplateException.Kind.UNSUPPORTED_FUNCTION, e.kind());
  }

  @Test
  void nestedLoopsStopAtTheStepLimit() {
    RenderOptions small = RenderOptions.DEFAULT.withLimits(new Limits(10_000, 1 << 20, 50));
    TemplateException e =
        execError("{{ range until 1000 }}{{ range until 1000 }}{{ end }}{{ end }}", null, small);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void infiniteRecursionStopsAtTheDepthLimit() {
    TemplateException e =
        execError(
            "{{ define \"r\" }}x{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}",
            null,
            RenderOptions.DEFAULT);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void outputIsBounded() {
    RenderOptions small = RenderOptions.DEFAULT.withLimits(new Limits(1_000_000, 1000, 50));
    TemplateException e = execError("{{ range until 500 }}abc{{ end }}", null, small);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void doublingAStringIsBoundedBeforeMemoryRunsOut() {
    RenderOptions small = RenderOptions.DEFAULT.withLimits(new Limits(1_000_000, 1 << 16, 50));
    TemplateException e =
        execError(
            "{{ $s := \"ab\" }}{{ range until 100 }}{{ $s = printf \"%s%s\" $s $s }}{{ end }}",
            null, small);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void doublingAListIsBoundedBeforeMemoryRunsOut() {
    TemplateException e =
        execError(
            "{{ $l := list 1 2 }}{{ range until 60 }}{{ $l = concat $l $l }}{{ end }}",
            null,
            RenderOptions.DEFAULT);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
    assertTrue(e.getMessage().contains("concat"), e.getMessage());
  }

  @Test
  void manySmallResultsAreBoundedToo() {
    // each string is small, the dict that keeps them all is not
    TemplateException e =
        execError(
            "{{ $d := dict }}{{ range $i := until 900000 }}"
                + "{{ $_ := set $d (toString $i) (repeat 10000 \"x\") }}{{ end }}",
            null,
            RenderOptions.DEFAULT);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void anExecutionEndsAtItsTimeLimit() {
    // a hundred million steps are allowed; 20 ms are not enough for them on any machine
    RenderOptions slow =
        RenderOptions.DEFAULT.withLimits(new Limits(100_000_000, 1 << 20, 50, 1 << 30, 20));
    TemplateException e =
        execError("{{ range until 10000 }}{{ range until 10000 }}{{ end }}{{ end }}", null, slow);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
    assertTrue(e.getMessage().contains("20 ms"), e.getMessage());
  }

  @Test
  void deeplyNestedParenthesesAreAnErrorNotAStackOverflow() {
    String text = "{{ " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " }}";
    TemplateException e = parseError(text);
    assertEquals(TemplateException.Kind.LIMIT, e.kind());
  }

  @Test
  void valuesAfterAJsonRoundTripRenderAsGoDoes() throws TemplateException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mem", 1073741824.0);
    data.put("cpus", new ArrayList<>(List.of(0.5, 2.0)));
    GoTemplate t =
        GoTemplate.parse(
            "t",
            "{{ .mem }} {{ printf \"%d\" .mem }} {{ int64 .mem }} {{ .cpus }}",
            FunctionMap.sprig());
    assertEquals(
        "1.073741824e+09 %!d(float64=1.073741824e+09) 1073741824 [0.5 2]", t.execute(data));
  }

  @Test
  void aParsedTemplateExecutesRepeatedly() throws TemplateException {
    GoTemplate t = GoTemplate.parse("t", "{{ .n }}", FunctionMap.sprig());
    assertEquals("1", t.execute(Map.of("n", 1.0)));
    assertEquals("2", t.execute(Map.of("n", 2.0)));
  }
}
