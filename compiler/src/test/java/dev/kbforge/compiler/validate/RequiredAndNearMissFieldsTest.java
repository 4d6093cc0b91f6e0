package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB2020 (near-miss inside a pod runtime) and KB2021 (missing required field), at the field. */
class RequiredAndNearMissFieldsTest {
  @TempDir Path dir;

  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo
      spec:
        runtime:
          containers:
            - name: main
              image: busybox
              volumeMounts:
      %s
          volumes:
            - name: data
              emptyDir: {}
      """;

  private List<Diagnostic> run(String mounts) {
    CompilerHarness harness = new CompilerHarness(dir).file("cmpd.yaml", CMPD.formatted(mounts));
    return harness.validate().diagnostics().stream()
        .filter(d -> d.code().matches("KB20(10|20|21)"))
        .toList();
  }

  private static List<String> located(List<Diagnostic> found) {
    return found.stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
  }

  @Test
  void nearMissOfARequiredFieldIsOneErrorAtTheMisspeltKey() {
    List<Diagnostic> found = run("          - {name: data, mountpath: /data}");
    assertEquals(List.of("KB2020@11:26"), located(found));
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("did you mean 'mountPath'?", found.get(0).hint());
  }

  @Test
  void missingRequiredFieldIsAnErrorAtTheObject() {
    List<Diagnostic> found = run("          - name: data\n            readOnly: true");
    assertEquals(List.of("KB2021@11:13"), located(found));
    assertEquals(Severity.ERROR, found.get(0).severity());
  }

  @Test
  void unknownFieldThatIsNoNearMissStaysAWarning() {
    List<Diagnostic> found =
        run("          - {name: data, mountPath: /data, kubeblocksOnlyExtension: 1}");
    assertEquals(List.of("KB2010@11:44"), located(found));
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void nearMissOfAFieldThatIsAlsoPresentStaysAWarning() {
    List<Diagnostic> found = run("          - {name: data, mountPath: /data, mountpath: /x}");
    assertEquals(List.of("KB2010@11:44"), located(found));
  }

  @Test
  void completeMountIsClean() {
    assertEquals(List.of(), located(run("          - {name: data, mountPath: /data}")));
  }

  @Test
  void clusterEnvWithoutNameIsAnError() {
    CompilerHarness harness =
        new CompilerHarness(dir)
            .file(
                "cluster.yaml",
                """
                apiVersion: apps.kubeblocks.io/v1
                kind: Cluster
                metadata:
                  name: demo
                  namespace: default
                spec:
                  terminationPolicy: Delete
                  componentSpecs:
                    - name: redis
                      componentDef: redis-7
                      env:
                        - value: "1"
                """);
    List<String> codes =
        harness.codes(harness.validate()).stream().filter(c -> c.startsWith("KB2021")).toList();
    assertEquals(List.of("KB2021@cluster.yaml:12:11"), codes);
  }
}
