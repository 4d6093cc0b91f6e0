package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real upstream addons and example Clusters (read at run time from ../shared/reference) hold no
 * unknown fields, wrong types, missing required fields or literal secrets in their embedded
 * Kubernetes objects.
 */
class KubeTypeConformanceTest {
  private static final Set<String> KUBE_CODES =
      Set.of("KB2010", "KB2012", "KB2013", "KB2020", "KB2021", "KB2022", "KB2090");
  private static Path addons;

  @BeforeAll
  static void findReference() {
    Path reference = referenceDir();
    Assumptions.assumeTrue(
        reference != null, "reference data not found at ../shared/reference; skipping");
    addons = reference.resolve("kubeblocks-addons");
  }

  /** {@code <root>/../shared/reference}, or the nearest ancestor's {@code shared/reference}. */
  private static Path referenceDir() {
    return dev.kbforge.compiler.ReferenceData.dir();
  }

  @Test
  void upstreamAddonsAndExamplesAreClean() {
    List<Diagnostic> found =
        new Pipeline().validate(new ValidateRequest(List.of(addons), false)).diagnostics();
    List<String> kube =
        found.stream()
            .filter(d -> KUBE_CODES.contains(d.code()))
            .map(Diagnostic::location)
            .toList();
    assertEquals(List.of(), kube);
  }

  /** Guards the test above against passing vacuously: the same data with typos is caught. */
  @Test
  void typosInTheSameDataAreFound() throws IOException {
    String text = Files.readString(addons.resolve("redis.yaml"));
    String broken =
        text.replace("imagePullPolicy:", "imagePullPolicyy:").replace("targetPort:", "targetport:");
    Pipeline pipeline = new Pipeline();
    Reporter reporter = new Reporter();
    pipeline.validate(
        pipeline.load(List.of(new SourceText("redis.yaml", broken)), reporter).documents(),
        reporter);
    long runtime = reporter.diagnostics().stream().filter(d -> d.code().equals("KB2020")).count();
    long service = reporter.diagnostics().stream().filter(d -> d.code().equals("KB2012")).count();
    assertTrue(runtime > 10, "runtime typos found: " + runtime);
    assertTrue(service > 10, "service typos found: " + service);
  }
}
