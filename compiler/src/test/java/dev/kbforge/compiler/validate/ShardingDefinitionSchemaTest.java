package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shardingdefinition.schema.json: limits, strategies, actions and accounts. */
class ShardingDefinitionSchemaTest {
  @TempDir Path dir;

  private static final String BASE =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ShardingDefinition
      metadata:
        name: kv-sharded
      spec:
        template:
          compDef: ^kv-\\d+
        shardsLimit:
          minShards: 1
          maxShards: 64
        provisionStrategy: Parallel
        updateStrategy: BestEffortParallel
        systemAccounts:
          - name: admin
            shared: true
        tls:
          shared: false
        lifecycleActions:
          shardAdd:
            targetShardSelector: Any
            exec: {container: kv, command: [kvctl, add]}
          shardRemove:
            timeoutSeconds: 60
            retryPolicy: {maxRetries: 3}
            exec: {container: kv, command: [kvctl, remove], targetPodSelector: Role, matchingKey: leader}
      """;

  private List<String> schemaErrors(String yaml) {
    CompilerHarness harness = new CompilerHarness(dir).file("sd.yaml", yaml);
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
  void tooManyShardsIsOutOfRange() {
    assertEquals(
        List.of("KB2008@sd.yaml:10:16"), schemaErrors(change("maxShards: 64", "maxShards: 5000")));
  }

  @Test
  void negativeMinShardsIsOutOfRange() {
    assertEquals(
        List.of("KB2008@sd.yaml:9:16"), schemaErrors(change("minShards: 1", "minShards: -1")));
  }

  @Test
  void strategiesAreEnums() {
    assertEquals(
        List.of("KB2003@sd.yaml:11:22"),
        schemaErrors(change("provisionStrategy: Parallel", "provisionStrategy: AllAtOnce")));
  }

  @Test
  void templateNeedsCompDef() {
    assertEquals(
        List.of("KB2007@sd.yaml:6:3", "KB2001@sd.yaml:7:5"),
        schemaErrors(change("compDef: ^kv-\\d+", "compDefinition: kv")));
  }

  @Test
  void onlyTheFourShardingActionsExist() {
    assertEquals(
        List.of("KB2001@sd.yaml:19:5"), schemaErrors(change("shardAdd:", "shardProvision:")));
  }

  @Test
  void targetShardSelectorIsAnEnum() {
    assertEquals(
        List.of("KB2003@sd.yaml:20:28"),
        schemaErrors(change("targetShardSelector: Any", "targetShardSelector: Some")));
  }

  @Test
  void missingTemplateIsReportedAtSpec() {
    assertEquals(
        List.of("KB2007@sd.yaml:5:1"),
        schemaErrors(change("  template:\n    compDef: ^kv-\\d+\n", "")));
  }
}
