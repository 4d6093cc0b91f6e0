package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import tools.jackson.databind.JsonNode;

/**
 * How much data a PersistentVolumeClaim holds, for the plan: what its volume provides ({@code
 * status.capacity.storage}) when bound, else what it asked for ({@code
 * spec.resources.requests.storage}).
 */
final class ClaimSize {
  private ClaimSize() {}

  static String of(HasMetadata claim) {
    JsonNode tree = Objects.tree(claim);
    String capacity = tree.path("status").path("capacity").path("storage").asString("");
    if (!capacity.isEmpty()) {
      return capacity;
    }
    String requested =
        tree.path("spec").path("resources").path("requests").path("storage").asString("");
    return requested.isEmpty() ? "size unknown" : requested + " requested";
  }

  /** Whether {@code object} is a PersistentVolumeClaim (core group). */
  static boolean isClaim(HasMetadata object) {
    return "PersistentVolumeClaim".equals(object.getKind())
        && Objects.group(object.getApiVersion()).isEmpty();
  }
}
