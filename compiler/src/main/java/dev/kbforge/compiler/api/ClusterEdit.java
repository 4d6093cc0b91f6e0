package dev.kbforge.compiler.api;

import java.util.Map;

/**
 * One day-2 operation on a Cluster file, as {@code kb cluster SUBCOMMAND} and {@code kb ops apply}
 * ask for it. {@code component} names a {@code spec.componentSpecs[]} entry; for {@link Stop},
 * {@link Start} and {@link Restart} an empty name means every component, as in kbcli.
 */
public sealed interface ClusterEdit {
  /** The component the edit is for, {@code ""} for all (where allowed). */
  String component();

  /** {@code hscale --replicas N}: set {@code replicas}. */
  record HorizontalScale(String component, int replicas) implements ClusterEdit {}

  /** An OpsRequest's scaleOut/scaleIn {@code replicaChanges}: add {@code delta} to replicas. */
  record ScaleBy(String component, int delta) implements ClusterEdit {}

  /** {@code vscale --cpu --memory}: requests and limits alike; an empty value is left alone. */
  record VerticalScale(String component, String cpu, String memory) implements ClusterEdit {}

  /**
   * An OpsRequest's VerticalScaling: each quantity given under {@code requests} and {@code limits}
   * (by resource name, e.g. {@code cpu}) set as given.
   */
  record SetResources(String component, Map<String, String> requests, Map<String, String> limits)
      implements ClusterEdit {
    public SetResources {
      requests = Map.copyOf(requests);
      limits = Map.copyOf(limits);
    }
  }

  /** {@code volume-expand --volume V --size S}: a volumeClaimTemplate's storage request. */
  record VolumeExpand(String component, String volume, String size) implements ClusterEdit {}

  /** {@code stop}: {@code componentSpecs[].stop: true} (KubeBlocks v1). */
  record Stop(String component) implements ClusterEdit {}

  /** {@code start}: removes {@code stop}. */
  record Start(String component) implements ClusterEdit {}

  /**
   * {@code restart}: the component annotation {@code kubeblocks.io/restart} set to {@code
   * timestamp} (RFC 3339), as KubeBlocks' Restart operation sets it; the pod template changes, so
   * the pods roll.
   */
  record Restart(String component, String timestamp) implements ClusterEdit {}

  /** {@code upgrade --service-version V}: the component's serviceVersion. */
  record Upgrade(String component, String serviceVersion) implements ClusterEdit {}
}
