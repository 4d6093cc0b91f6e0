package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.api.KubeVersion;

/**
 * The API version of a kind kbforge emits, from the release that serves it.
 *
 * @param kind the object kind ({@code PodDisruptionBudget})
 * @param apiVersion what kbforge writes from {@code since} on ({@code policy/v1})
 * @param since the first release serving {@code apiVersion}
 * @param older what to write for releases before {@code since} ({@code ""}: nothing older is
 *     needed, {@code since} is at most {@link KubeVersion#MINIMUM})
 */
public record ApiVersionFact(String kind, String apiVersion, KubeVersion since, String older) {

  /** The apiVersion to write for {@code version}. */
  public String apiVersionFor(KubeVersion version) {
    return version.atLeast(since) || older.isEmpty() ? apiVersion : older;
  }
}
