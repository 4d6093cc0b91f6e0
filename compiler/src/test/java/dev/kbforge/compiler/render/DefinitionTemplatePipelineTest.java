package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** definitions/*.yaml.peb files go through the whole pipeline, expanded with addon.yaml values. */
class DefinitionTemplatePipelineTest {
  @TempDir Path dir;

  private static final String ADDON =
      """
      apiVersion: kbforge.dev/v1alpha1
      kind: Addon
      metadata:
        name: demo
      spec:
        version: 1.2.0
        values:
          majors: [7, 8]
          strategy: Serial
      """;

  /** One ComponentDefinition per major version; lines 2 to 15 are those of the first one. */
  private static final String CMPD =
      """
      # one ComponentDefinition per major version
      {% for major in majors %}---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo-{{ major }}-{{ addon.version }}
      spec:
        serviceKind: {{ addon.name }}
        serviceVersion: "{{ major }}.0.0"
        updateStrategy: {{ strategy }}
        runtime:
          containers:
            - name: demo
              image: demo:{{ major }}
      {% endfor %}
      """;

  private CompilerHarness harness;

  private List<String> codes(String addon, String cmpd) {
    harness = new CompilerHarness(dir);
    if (addon != null) {
      harness.file("addon.yaml", addon);
    }
    harness.file("definitions/cmpd.yaml.peb", cmpd);
    ValidateResult result = harness.validate();
    return harness.codes(result);
  }

  @Test
  void expandsIntoTwoValidComponentDefinitions() {
    harness =
        new CompilerHarness(dir).file("addon.yaml", ADDON).file("definitions/cmpd.yaml.peb", CMPD);
    ValidateResult result = harness.validate();
    assertEquals(List.of(), harness.codes(result));
    assertEquals(3, result.documents()); // the Addon and two ComponentDefinitions
  }

  @Test
  void expandedDefinitionsAreValidatedAtTheirExpandedLines() {
    List<String> codes = codes(ADDON.replace("strategy: Serial", "strategy: Sometimes"), CMPD);
    // both expansions carry the bad value: line 10 in the first, 10 + 13 in the second
    assertEquals(
        List.of("KB2003@definitions/cmpd.yaml.peb:10:19", "KB2003@definitions/cmpd.yaml.peb:23:19"),
        codes);
  }

  @Test
  void templateErrorIsReportedAtItsLineInThePebFile() {
    assertEquals(
        List.of("KB5002@definitions/cmpd.yaml.peb:10:22"),
        codes(ADDON, CMPD.replace("{{ strategy }}", "{{ strategi }}")));
  }

  @Test
  void withoutAddonYamlItIsExpandedWithEmptyValuesAndAWarning() {
    String plain = CMPD.replace("{% for major in majors %}", "").replace("{% endfor %}", "");
    List<String> codes = codes(null, plain);
    assertEquals(
        List.of(
            "KB5020@definitions/cmpd.yaml.peb:1:1",
            // every undefined value, not only the first
            "KB5002@definitions/cmpd.yaml.peb:6:17",
            "KB5002@definitions/cmpd.yaml.peb:6:29",
            "KB5002@definitions/cmpd.yaml.peb:8:19",
            "KB5002@definitions/cmpd.yaml.peb:9:23",
            "KB5002@definitions/cmpd.yaml.peb:10:22",
            "KB5002@definitions/cmpd.yaml.peb:14:24"),
        codes);
  }

  @Test
  void brokenAddonYamlStopsTheExpansion() {
    List<String> codes = codes(ADDON.replace("majors: [7, 8]", "majors: [7, 8"), CMPD);
    // addon.yaml's own syntax error is reported when it is loaded; the template is not expanded
    assertEquals(
        List.of("KB1002@addon.yaml", "KB5021@definitions/cmpd.yaml.peb:1:1"),
        codes.stream().map(c -> c.startsWith("KB1002") ? c.replaceAll(":.*", "") : c).toList());
  }
}
