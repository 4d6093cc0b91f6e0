package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** pkg/controller/lifecycle/kbagent.go resolveTargetPodSelector: the action's, else its exec's. */
class KbAgentCallHintsTest {
  private static JsonNode action(String yaml) {
    return new YamlLoader().load(SourceFile.of("a.yaml", yaml), yaml, new Reporter()).get(0).root();
  }

  @Test
  void theActionsSelectorWinsOverItsExecs() {
    JsonNode action =
        action(
            """
            targetPodSelector: Ordinal
            matchingKey: "0"
            preCondition: ComponentReady
            exec: {targetPodSelector: Role, matchingKey: primary, command: [x]}
            """);
    assertEquals(
        "{\"targetPodSelector\":\"Ordinal\",\"matchingKey\":\"0\",\"preCondition\":\"ComponentReady\"}",
        KbAgentCallHints.call(action).toString());
  }

  @Test
  void theExecsSelectorIsTheFallbackWithItsOwnKey() {
    JsonNode action =
        action(
            """
            matchingKey: ignored
            exec: {targetPodSelector: Role, matchingKey: primary, command: [x]}
            """);
    assertEquals(
        "{\"targetPodSelector\":\"Role\",\"matchingKey\":\"primary\"}",
        KbAgentCallHints.call(action).toString());
    assertEquals("{}", KbAgentCallHints.call(action("exec: {command: [x]}\n")).toString());
  }
}
