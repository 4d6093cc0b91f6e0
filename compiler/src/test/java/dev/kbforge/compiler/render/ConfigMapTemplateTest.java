package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMapTemplateTest {
  private final Reporter reporter = new Reporter();

  private SourceDocument load(String text) {
    return new YamlLoader().load(SourceFile.of("cm.yaml", text), text, reporter).get(0);
  }

  private List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void dataEntriesAreReadAsWrittenInKeyOrder() {
    SourceDocument cm =
        load(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: redis7-config-template
            data:
              plain.conf: |
                port 6379
              redis.conf: |
                {{- $mem := getContainerMemory ( index $.podSpec.containers 0 ) }}
                maxmemory {{ $mem }}
              values.conf: "size {{ .Values.size }}"
            """);
    Map<String, String> files = ConfigMapTemplate.files(cm);
    assertEquals(List.of("plain.conf", "redis.conf", "values.conf"), List.copyOf(files.keySet()));
    assertTrue(files.get("redis.conf").startsWith("{{- $mem"));
    assertEquals("size {{ .Values.size }}", files.get("values.conf"));
    assertEquals(List.of(), codes());
  }

  @Test
  void detectsGoActionsOnly() {
    assertTrue(ConfigMapTemplate.usesGoTemplate("a {{ .Values.x }} b"));
    assertTrue(ConfigMapTemplate.usesGoTemplate("{{- if $.spec }}\nx\n{{- end }}"));
    assertTrue(ConfigMapTemplate.usesGoTemplate("{{ $.X }}"));
    assertFalse(ConfigMapTemplate.usesGoTemplate("n=${#arr[@]} {# x"));
    assertFalse(ConfigMapTemplate.usesGoTemplate("open {{ but never closed"));
  }
}
