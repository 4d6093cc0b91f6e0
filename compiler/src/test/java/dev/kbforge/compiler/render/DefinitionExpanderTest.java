package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionExpanderTest {
  private final Reporter reporter = new Reporter();

  private List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void expandsLoopsOverValuesAndKeepsLinesWithoutTags() {
    String template =
        """
        # first line
        {% for v in majors %}---
        name: redis-{{ v }}-{{ addon.version }}
        {% endfor %}
        """;
    Optional<String> yaml =
        DefinitionExpander.expand(
            "d/c.yaml.peb",
            template,
            Map.of("majors", List.of(7, 8), "addon", Map.of("version", "1.0")),
            reporter);
    assertEquals(
        "# first line\n---\nname: redis-7-1.0\n---\nname: redis-8-1.0\n\n", yaml.orElseThrow());
    assertEquals(List.of(), codes());
  }

  @Test
  void templateErrorIsReportedAtTheLineOfThePebFile() {
    Optional<String> yaml =
        DefinitionExpander.expand(
            "d/c.yaml.peb",
            "kind: X\nmetadata:\n  name: {{ nmae }}\n",
            Map.of("name", 1),
            reporter);
    assertTrue(yaml.isEmpty());
    assertEquals(List.of("KB5002@d/c.yaml.peb:3:12"), codes());
  }

  @Test
  void addonValuesAreSpecValuesPlusNameAndVersion() {
    String text =
        """
        apiVersion: kbforge.dev/v1alpha1
        kind: Addon
        metadata:
          name: redis
        spec:
          version: 0.1.0
          values:
            majors: [7, 8]
            addon: overridden
        """;
    SourceDocument addon =
        new YamlLoader().load(SourceFile.of("addon.yaml", text), text, reporter).get(0);
    Map<String, Object> values = DefinitionExpander.addonValues(addon);
    assertEquals(List.of(7L, 8L), values.get("majors"));
    assertEquals(Map.of("name", "redis", "version", "0.1.0"), values.get("addon"));
  }

  @Test
  void everyErrorOfADefinitionTemplateIsReported() {
    Optional<String> yaml =
        DefinitionExpander.expand(
            "d/c.yaml.peb",
            "kind: X\nmetadata:\n  name: {{ nmae }}\n  labels: {v: {{ verison }}}\n",
            Map.of("name", 1, "version", "1.0"),
            reporter);
    assertTrue(yaml.isEmpty());
    assertEquals(List.of("KB5002@d/c.yaml.peb:3:12", "KB5002@d/c.yaml.peb:4:18"), codes());
  }
}
