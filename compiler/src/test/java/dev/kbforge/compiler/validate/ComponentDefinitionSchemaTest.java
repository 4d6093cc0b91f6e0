package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** componentdefinition.schema.json: each kind of schema error lands on the offending key/value. */
class ComponentDefinitionSchemaTest {
  @TempDir Path dir;

  /** A small valid definition; the cases below change one line of it. */
  private static final String BASE =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo-1.0.0
      spec:
        serviceKind: demo
        updateStrategy: Serial
        replicasLimit:
          minReplicas: 1
          maxReplicas: 5
        roles:
          - name: primary
        configs:
          - name: demo-config
            template: demo-config-tpl
            volumeName: config
        runtime:
          containers:
            - name: demo
              image: demo:1.0
      """;

  /** The schema errors (KB2xxx) of one file, as {@code CODE@file:line:col}. */
  private List<String> schemaErrors(String yaml) {
    CompilerHarness harness = new CompilerHarness(dir).file("cmpd.yaml", yaml);
    ValidateResult result = harness.validate();
    List<Diagnostic> errors =
        result.diagnostics().stream()
            .filter(d -> d.isError() && d.code().startsWith("KB2"))
            .toList();
    return harness.codes(new ValidateResult(errors, result.files(), result.documents()));
  }

  private static String change(String from, String to) {
    if (!BASE.contains(from)) {
      throw new IllegalArgumentException("not in the base document: " + from);
    }
    return BASE.replace(from, to);
  }

  @Test
  void baseDocumentIsValid() {
    assertEquals(List.of(), schemaErrors(BASE));
  }

  @Test
  void badEnumValueIsReportedAtTheValue() {
    assertEquals(
        List.of("KB2003@cmpd.yaml:7:19"),
        schemaErrors(change("updateStrategy: Serial", "updateStrategy: Sometimes")));
  }

  @Test
  void unknownFieldInSpecIsReportedAtTheKey() {
    assertEquals(
        List.of("KB2001@cmpd.yaml:6:3"),
        schemaErrors(change("serviceKind: demo", "servicKind: demo")));
  }

  @Test
  void wrongTypeIsReportedAtTheValue() {
    assertEquals(
        List.of("KB2002@cmpd.yaml:9:18"),
        schemaErrors(change("minReplicas: 1", "minReplicas: two")));
  }

  @Test
  void tooLongRoleNameIsReportedAtTheValue() {
    String name = "p".repeat(33);
    assertEquals(
        List.of("KB2005@cmpd.yaml:12:13"),
        schemaErrors(change("- name: primary", "- name: " + name)));
  }

  @Test
  void roleNameOfExactlyTheLimitIsAccepted() {
    assertEquals(List.of(), schemaErrors(change("- name: primary", "- name: " + "p".repeat(32))));
  }

  @Test
  void configNameWithUpperCaseBreaksThePattern() {
    assertEquals(
        List.of("KB2004@cmpd.yaml:14:13"),
        schemaErrors(change("- name: demo-config", "- name: Demo-Config")));
  }

  @Test
  void missingRuntimeIsReportedAtSpec() {
    String noRuntime = BASE.substring(0, BASE.indexOf("  runtime:"));
    assertEquals(List.of("KB2007@cmpd.yaml:5:1"), schemaErrors(noRuntime));
  }

  @Test
  void replicasLimitBoundsFromTheCelRuleAreChecked() {
    assertEquals(
        List.of("KB2008@cmpd.yaml:9:18", "KB2008@cmpd.yaml:10:18"),
        schemaErrors(
            change("minReplicas: 1", "minReplicas: -1")
                .replace("maxReplicas: 5", "maxReplicas: 16385")));
  }

  @Test
  void replicasLimitNeedsBothBounds() {
    assertEquals(List.of("KB2007@cmpd.yaml:8:3"), schemaErrors(change("    maxReplicas: 5\n", "")));
  }

  @Test
  void tooManyRolesIsReportedAtTheList() {
    StringBuilder roles = new StringBuilder();
    for (int i = 0; i < 129; i++) {
      roles.append("    - name: r").append(i).append('\n');
    }
    assertEquals(
        List.of("KB2006@cmpd.yaml:12:5"),
        schemaErrors(change("    - name: primary\n", roles.toString())));
  }

  @Test
  void unknownFieldInANestedDefinitionIsReportedAtItsKey() {
    assertEquals(
        List.of("KB2001@cmpd.yaml:16:7"),
        schemaErrors(change("volumeName: config", "volumeNam: config")));
  }
}
