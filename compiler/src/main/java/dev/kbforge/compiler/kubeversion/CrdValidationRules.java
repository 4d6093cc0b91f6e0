package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CEL rules ({@code x-kubernetes-validations}) of the CRDs {@code kb render --with-crds}
 * writes, on a release that does not enforce them: Kubernetes checks them from 1.25
 * (CustomResourceValidationExpressions beta; alpha from 1.23). Before that an API server drops them
 * and kubectl's client-side validation refuses them as unknown fields, so they are left out, with
 * warning KB5503 saying that the API server then accepts objects KubeBlocks would refuse.
 */
public final class CrdValidationRules {
  static final String FIELD = "x-kubernetes-validations";
  static final KubeVersion SINCE = new KubeVersion(1, 25);

  private CrdValidationRules() {}

  /** Removes the rules from {@code crds} when {@code version} lacks them; says so once. */
  public static void fit(
      List<ObjectNode> crds, KubeVersion version, String crdsFolder, Reporter reporter) {
    if (version.atLeast(SINCE)) {
      return;
    }
    int removed = 0;
    for (ObjectNode crd : crds) {
      removed += strip(crd);
    }
    if (removed > 0) {
      reporter.at(
          Code.KB5503,
          Code.KB5503.severity(),
          SourceFile.of(crdsFolder, ""),
          Position.UNKNOWN,
          "the CustomResourceDefinitions are written without their "
              + removed
              + " CEL rule(s) ("
              + FIELD
              + "): Kubernetes "
              + version
              + " does not enforce them (it needs "
              + SINCE
              + ")",
          "the API server accepts KubeBlocks objects that break those rules; `kb validate`"
              + " still checks them");
    }
  }

  private static int strip(JsonNode node) {
    int removed = 0;
    if (node instanceof ObjectNode object && object.remove(FIELD) != null) {
      removed++;
    }
    for (JsonNode child : node) {
      removed += strip(child);
    }
    return removed;
  }
}
