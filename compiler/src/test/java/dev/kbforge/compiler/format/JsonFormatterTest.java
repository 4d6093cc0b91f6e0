package dev.kbforge.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFormatterTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode render(dev.kbforge.compiler.api.ValidateResult result) {
    return MAPPER.readTree(DiagnosticFormatter.format(result, OutputFormat.JSON, "1.2.3"));
  }

  @Test
  void everyDiagnosticHasEveryFieldInAFixedOrder() {
    JsonNode root = render(Samples.mixed());
    assertEquals(List.of("diagnostics", "summary"), List.copyOf(root.propertyNames()));
    JsonNode first = root.get("diagnostics").get(0);
    assertEquals(
        List.of("severity", "code", "file", "line", "column", "message", "hint"),
        List.copyOf(first.propertyNames()));
    assertEquals("error", first.get("severity").asString());
    assertEquals("KB2001", first.get("code").asString());
    assertEquals("addons/redis/cmpd.yaml", first.get("file").asString());
    assertEquals(12, first.get("line").asInt());
    assertEquals(5, first.get("column").asInt());
    assertEquals(Samples.UNKNOWN_FIELD.message(), first.get("message").asString());
    assertEquals(Samples.UNKNOWN_FIELD.hint(), first.get("hint").asString());
  }

  @Test
  void missingHintAndPositionAreEmptyAndZero() {
    JsonNode third = render(Samples.mixed()).get("diagnostics").get(2);
    assertEquals("warning", third.get("severity").asString());
    assertEquals("", third.get("hint").asString());
    assertEquals(0, third.get("line").asInt());
    assertEquals(0, third.get("column").asInt());
  }

  @Test
  void summaryCountsErrorsWarningsDocumentsAndFiles() {
    JsonNode summary = render(Samples.mixed()).get("summary");
    assertEquals(
        List.of("errors", "warnings", "documents", "files"), List.copyOf(summary.propertyNames()));
    assertEquals(2, summary.get("errors").asInt());
    assertEquals(1, summary.get("warnings").asInt());
    assertEquals(7, summary.get("documents").asInt());
    assertEquals(4, summary.get("files").asInt());
  }

  @Test
  void cleanRunHasAnEmptyArray() {
    JsonNode root = render(Samples.clean());
    assertTrue(root.get("diagnostics").isArray());
    assertEquals(0, root.get("diagnostics").size());
  }

  @Test
  void outputIsPrettyWithLfOnlyAndAFinalNewline() {
    String text = DiagnosticFormatter.format(Samples.mixed(), OutputFormat.JSON, "1.2.3");
    assertTrue(text.startsWith("{\n  \"diagnostics\": ["), text);
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("\r"));
    assertEquals(text, DiagnosticFormatter.format(Samples.mixed(), OutputFormat.JSON, "1.2.3"));
  }
}
