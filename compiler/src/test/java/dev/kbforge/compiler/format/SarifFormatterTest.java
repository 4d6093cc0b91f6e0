package dev.kbforge.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Code;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifFormatterTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode run(ValidateResult result) {
    JsonNode root =
        MAPPER.readTree(DiagnosticFormatter.format(result, OutputFormat.SARIF, "1.2.3"));
    assertEquals("2.1.0", root.get("version").asString());
    assertEquals(SarifFormatter.SCHEMA, root.get("$schema").asString());
    assertEquals(1, root.get("runs").size());
    return root.get("runs").get(0);
  }

  private static JsonNode location(JsonNode result) {
    return result.get("locations").get(0).get("physicalLocation");
  }

  @Test
  void driverNamesKbforgeItsVersionAndOneRulePerCodeThatOccurs() {
    JsonNode driver = run(Samples.mixed()).get("tool").get("driver");
    assertEquals("kbforge", driver.get("name").asString());
    assertEquals("1.2.3", driver.get("version").asString());
    JsonNode rules = driver.get("rules");
    assertEquals(2, rules.size());
    assertEquals("KB1007", rules.get(0).get("id").asString());
    assertEquals(
        Code.KB1007.summary(), rules.get(0).get("shortDescription").get("text").asString());
    assertEquals("warning", rules.get(0).get("defaultConfiguration").get("level").asString());
    assertEquals("KB2001", rules.get(1).get("id").asString());
    assertEquals(
        Code.KB2001.summary(), rules.get(1).get("shortDescription").get("text").asString());
  }

  @Test
  void resultCarriesRuleLevelMessageHintAndRegion() {
    JsonNode result = run(Samples.mixed()).get("results").get(0);
    assertEquals("KB2001", result.get("ruleId").asString());
    assertEquals(1, result.get("ruleIndex").asInt());
    assertEquals("error", result.get("level").asString());
    String text = result.get("message").get("text").asString();
    assertTrue(text.startsWith(Samples.UNKNOWN_FIELD.message()), text);
    assertTrue(text.contains(Samples.UNKNOWN_FIELD.hint()), text);
    JsonNode location = location(result);
    assertEquals("addons/redis/cmpd.yaml", location.get("artifactLocation").get("uri").asString());
    assertEquals(12, location.get("region").get("startLine").asInt());
    assertEquals(5, location.get("region").get("startColumn").asInt());
  }

  @Test
  void unknownColumnOrLineIsLeftOut() {
    JsonNode results = run(Samples.mixed()).get("results");
    JsonNode lineOnly = location(results.get(1)).get("region");
    assertEquals(3, lineOnly.get("startLine").asInt());
    assertFalse(lineOnly.has("startColumn"));
    JsonNode wholeFile = results.get(2);
    assertEquals("warning", wholeFile.get("level").asString());
    assertEquals(0, wholeFile.get("ruleIndex").asInt());
    assertFalse(location(wholeFile).has("region"));
  }

  @Test
  void pathsBecomeUriReferencesWithForwardSlashes() {
    JsonNode results = run(Samples.mixed()).get("results");
    assertEquals(
        "my%20dir/a%3Ab.yaml",
        location(results.get(2)).get("artifactLocation").get("uri").asString());
    assertEquals("addons/redis/a.yaml", ArtifactUri.of("addons\\redis\\a.yaml"));
    assertEquals("file:///abs/a.yaml", ArtifactUri.of("/abs/a.yaml"));
    assertEquals("file:///C:/x/a.yaml", ArtifactUri.of("C:\\x\\a.yaml"));
    assertEquals("caf%C3%A9.yaml", ArtifactUri.of("café.yaml"));
  }

  @Test
  void cleanRunHasNoRulesAndNoResults() {
    JsonNode run = run(Samples.clean());
    assertEquals(0, run.get("tool").get("driver").get("rules").size());
    assertEquals(0, run.get("results").size());
  }

  @Test
  void codeUnknownToThisBuildStillGetsARule() {
    Diagnostic foreign = new Diagnostic(Severity.ERROR, "KB9999", "a.yaml", 1, 1, "m", "", "");
    JsonNode rule = run(new ValidateResult(List.of(foreign), 1, 1)).at("/tool/driver/rules/0");
    assertEquals("KB9999", rule.get("id").asString());
    assertEquals("KB9999", rule.get("shortDescription").get("text").asString());
  }
}
