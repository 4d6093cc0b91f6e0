package dev.kbforge.compiler.kubeversion;

import static dev.kbforge.compiler.kubeversion.FieldFact.Scope.POD_TEMPLATE;
import static dev.kbforge.compiler.kubeversion.FieldFact.Scope.SERVICE;
import static dev.kbforge.compiler.kubeversion.FieldFact.Scope.STATEFULSET;
import static dev.kbforge.compiler.kubeversion.FieldSource.cluster;
import static dev.kbforge.compiler.kubeversion.FieldSource.component;
import static dev.kbforge.compiler.kubeversion.FieldSource.definition;

import dev.kbforge.compiler.api.KubeVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes API facts a render for an older release depends on: the API version of each kind
 * kbforge emits, and the fields those objects may carry that older releases lack. The same rows are
 * in docs/kube-versions.md, with their sources (KubeApiFactsTest keeps the two in step). Release
 * dates of fields are those of Kubernetes' feature gates (pkg/features/kube_features.go): the first
 * release in which the gate is on by default.
 */
public final class KubeApiFacts {
  private KubeApiFacts() {}

  /** Every kind kbforge emits for the instanceset and statefulset targets. */
  public static final List<ApiVersionFact> API_VERSIONS =
      List.of(
          new ApiVersionFact("PodDisruptionBudget", "policy/v1", v(21), "policy/v1beta1"),
          new ApiVersionFact("StatefulSet", "apps/v1", v(9), ""),
          new ApiVersionFact("Role", "rbac.authorization.k8s.io/v1", v(8), ""),
          new ApiVersionFact("RoleBinding", "rbac.authorization.k8s.io/v1", v(8), ""),
          new ApiVersionFact("CustomResourceDefinition", "apiextensions.k8s.io/v1", v(16), ""),
          new ApiVersionFact("NetworkPolicy", "networking.k8s.io/v1", v(7), ""));

  /** Fields (or values) of emitted objects that releases since {@link KubeVersion#MINIMUM} lack. */
  public static final List<FieldFact> FIELDS =
      List.of(
          sts(
              "minReadySeconds",
              23,
              "StatefulSetMinReadySeconds",
              definition("/spec/minReadySeconds")),
          sts(
              "persistentVolumeClaimRetentionPolicy",
              27,
              "StatefulSetAutoDeletePVC",
              component("/persistentVolumeClaimRetentionPolicy")),
          sts(
              "updateStrategy/rollingUpdate/maxUnavailable",
              35,
              "MaxUnavailableStatefulSet",
              component("/instanceUpdateStrategy/rollingUpdate/maxUnavailable")),
          service("ipFamilyPolicy", "", 21, "IPv6DualStack"),
          service("ipFamilies", "", 21, "IPv6DualStack"),
          service("internalTrafficPolicy", "", 22, "ServiceInternalTrafficPolicy"),
          service("loadBalancerClass", "", 22, "ServiceLoadBalancerClass"),
          service("allocateLoadBalancerNodePorts", "", 22, "ServiceLBNodePortControl"),
          service("trafficDistribution", "", 31, "ServiceTrafficDistribution"),
          service("trafficDistribution", "PreferSameZone", 34, "PreferSameTrafficDistribution"),
          service("trafficDistribution", "PreferSameNode", 34, "PreferSameTrafficDistribution"),
          pod("os", "", 24, "IdentifyPodOS"),
          pod("schedulingGates", "", 27, "PodSchedulingReadiness"),
          pod(
              "topologySpreadConstraints/*/minDomains",
              "",
              27,
              "MinDomainsInPodTopologySpread",
              component("/schedulingPolicy/topologySpreadConstraints/*/minDomains"),
              cluster("/spec/schedulingPolicy/topologySpreadConstraints/*/minDomains")),
          pod(
              "topologySpreadConstraints/*/matchLabelKeys",
              "",
              27,
              "MatchLabelKeysInPodTopologySpread",
              component("/schedulingPolicy/topologySpreadConstraints/*/matchLabelKeys"),
              cluster("/spec/schedulingPolicy/topologySpreadConstraints/*/matchLabelKeys")),
          pod("initContainers/*/restartPolicy", "Always", 29, "SidecarContainers"),
          pod("containers/*/lifecycle/postStart/sleep", "", 30, "PodLifecycleSleepAction"),
          pod("containers/*/lifecycle/preStop/sleep", "", 30, "PodLifecycleSleepAction"),
          pod("securityContext/supplementalGroupsPolicy", "", 33, "SupplementalGroupsPolicy"),
          pod("hostUsers", "", 33, "UserNamespacesSupport"),
          pod("containers/*/resizePolicy", "", 33, "InPlacePodVerticalScaling"),
          pod("resourceClaims", "", 34, "DynamicResourceAllocation"),
          pod("volumes/*/image", "", 35, "ImageVolume"));

  /** The row for a kind's API version, if kbforge knows the kind. */
  public static Optional<ApiVersionFact> apiVersion(String kind) {
    return API_VERSIONS.stream().filter(f -> f.kind().equals(kind)).findFirst();
  }

  private static KubeVersion v(int minor) {
    return new KubeVersion(1, minor);
  }

  private static FieldFact sts(String path, int since, String feature, FieldSource source) {
    return new FieldFact(STATEFULSET, path, "", v(since), feature, List.of(source));
  }

  /** A Service field, written in a ComponentDefinition's or a Cluster's {@code services[].spec}. */
  private static FieldFact service(String path, String value, int since, String feature) {
    String pattern = "/spec/services/*/spec/" + path;
    return new FieldFact(
        SERVICE, path, value, v(since), feature, List.of(definition(pattern), cluster(pattern)));
  }

  /** A pod field, written in the ComponentDefinition's {@code runtime} (and {@code more}). */
  private static FieldFact pod(
      String path, String value, int since, String feature, FieldSource... more) {
    List<FieldSource> sources = new ArrayList<>();
    sources.add(definition("/spec/runtime/" + path));
    sources.addAll(List.of(more));
    return new FieldFact(POD_TEMPLATE, path, value, v(since), feature, sources);
  }
}
