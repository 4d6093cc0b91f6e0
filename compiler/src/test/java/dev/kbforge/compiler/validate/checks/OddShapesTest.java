package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks read documents that passed their schema, but schemas may be loose: every field of an
 * unexpected type reads as absent, and no check throws. The documents go straight to the checks,
 * past the schemas, so this holds whatever the schemas allow.
 */
class OddShapesTest {

  @Test
  void wronglyTypedFieldsReadAsAbsent() {
    String odd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ClusterDefinition
        metadata:
          name: cd
        spec:
          topologies:
            - name: 1
              default: "true"
              components: {db: db-}
              orders:
                provision: db
                update: [1, [db], {x: y}]
            - just a string
        ---
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: cmpd
        spec:
          runtime: []
          roles: primary
          services:
            - name: s
              spec: [ports]
              roleSelector: 7
          vars:
            - name: V
              value: 1
              valueFrom: [serviceVarRef]
            - valueFrom:
                serviceVarRef: headless
                credentialVarRef:
                  compDef: [x]
                  name: {a: b}
          systemAccounts: [root]
          hostNetwork:
            containerPorts:
              - container: [db]
                ports: client
          replicasLimit: {minReplicas: "3", maxReplicas: 1}
          available: {withPhases: [Running], withRole: [x], withProbe: null}
          lifecycleActions:
            roleProbe: true
            postProvision:
              exec: [container]
          configs: {name: x}
        ---
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentVersion
        metadata:
          name: cmpv
        spec:
          compatibilityRules:
            - compDefs: cmpd
              releases: [[r]]
          releases:
            - name: r
              serviceVersion: 1.0
              images: [a, b]
        ---
        apiVersion: apps.kubeblocks.io/v1
        kind: ShardingDefinition
        metadata:
          name: sd
        spec:
          template: cmpd
          shardsLimit: [1, 2]
          systemAccounts: {name: a}
        """;
    Reporter reporter = new Reporter();
    InputSet inputs = new InputSet();
    SourceFile file = SourceFile.of("odd.yaml", odd);
    for (SourceDocument doc : new YamlLoader().load(file, odd, reporter)) {
      inputs.add(Kind.byKindName(doc.kind()).orElseThrow(), doc, true);
    }
    Checks.all().forEach(check -> check.run(inputs, reporter));
    List<String> codes =
        reporter.diagnostics().stream()
            .filter(d -> d.code().startsWith("KB3"))
            .map(d -> d.code() + "@" + d.line() + ":" + d.column())
            .toList();
    // a service whose spec is not a mapping has no ports; a release named by no rule (the rule's
    // list holds a list) is unused
    assertEquals(List.of("KB3111@23:13", "KB3203@57:13"), codes);
  }
}
