package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the check on loaded documents directly, so it does not depend on the kind schemas. */
class RenamedFieldCheckTest {
  private static List<Diagnostic> check(Kind kind, String yaml) {
    Reporter reporter = new Reporter();
    InputSet inputs = new InputSet();
    for (SourceDocument doc :
        new YamlLoader().load(SourceFile.of("d.yaml", yaml), yaml, reporter)) {
      inputs.add(kind, doc, true);
    }
    new RenamedFieldCheck().run(inputs, reporter);
    return reporter.diagnostics();
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
  }

  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo
      spec:
        systemAccounts:
          - name: root
            initAccount: true
            passwordGenerationPolicy:
              length: 16
          - name: monitor
            passwordConfig:
              length: 10
          - name: replicator
            passwordGenerationPolicy: {length: 12}
      """;

  @Test
  void oldPasswordPolicyNameIsAWarningAtTheKey() {
    List<Diagnostic> found = check(Kind.COMPONENT_DEFINITION, CMPD);
    assertEquals(List.of("KB2011@9:7", "KB2011@15:7"), codes(found));
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void otherKindsAndMissingAccountsAreIgnored() {
    assertEquals(List.of(), codes(check(Kind.SHARDING_DEFINITION, CMPD)));
    assertEquals(
        List.of(),
        codes(
            check(
                Kind.COMPONENT_DEFINITION,
                """
                apiVersion: apps.kubeblocks.io/v1
                kind: ComponentDefinition
                metadata: {name: demo}
                spec:
                  systemAccounts: {not: a list}
                """)));
  }
}
