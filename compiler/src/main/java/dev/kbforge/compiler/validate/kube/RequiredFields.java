package dev.kbforge.compiler.validate.kube;

import io.fabric8.kubernetes.api.model.AppArmorProfile;
import io.fabric8.kubernetes.api.model.CSIVolumeSource;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerResizePolicy;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.GRPCAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.NFSVolumeSource;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSchedulingGate;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.ResourceFieldSelector;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.ServiceAccountTokenProjection;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.SleepAction;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeDevice;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.List;
import java.util.Map;

/**
 * The fields the Kubernetes API requires of the types kbforge meets embedded in its sources: the
 * {@code required} lists of the Kubernetes OpenAPI schema (which the CRDs of KubeBlocks repeat for
 * the pod template of a ComponentDefinition,
 * config/crd/bases/apps.kubeblocks.io_componentdefinitions.yaml). A container's {@code image} is
 * not among them: a ComponentDefinition may leave it to its ComponentVersion.
 */
public final class RequiredFields {
  private static final Map<Class<?>, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry(Container.class, List.of("name")),
          Map.entry(EphemeralContainer.class, List.of("name")),
          Map.entry(ContainerPort.class, List.of("containerPort")),
          Map.entry(EnvVar.class, List.of("name")),
          Map.entry(VolumeMount.class, List.of("name", "mountPath")),
          Map.entry(VolumeDevice.class, List.of("name", "devicePath")),
          Map.entry(Volume.class, List.of("name")),
          Map.entry(KeyToPath.class, List.of("key", "path")),
          Map.entry(DownwardAPIVolumeFile.class, List.of("path")),
          Map.entry(ServiceAccountTokenProjection.class, List.of("path")),
          Map.entry(ConfigMapKeySelector.class, List.of("key")),
          Map.entry(SecretKeySelector.class, List.of("key")),
          Map.entry(ObjectFieldSelector.class, List.of("fieldPath")),
          Map.entry(ResourceFieldSelector.class, List.of("resource")),
          Map.entry(HTTPGetAction.class, List.of("port")),
          Map.entry(HTTPHeader.class, List.of("name", "value")),
          Map.entry(TCPSocketAction.class, List.of("port")),
          Map.entry(GRPCAction.class, List.of("port")),
          Map.entry(SleepAction.class, List.of("seconds")),
          Map.entry(HostPathVolumeSource.class, List.of("path")),
          Map.entry(NFSVolumeSource.class, List.of("server", "path")),
          Map.entry(CSIVolumeSource.class, List.of("driver")),
          Map.entry(PersistentVolumeClaimVolumeSource.class, List.of("claimName")),
          Map.entry(LabelSelectorRequirement.class, List.of("key", "operator")),
          Map.entry(NodeSelectorRequirement.class, List.of("key", "operator")),
          Map.entry(NodeSelector.class, List.of("nodeSelectorTerms")),
          Map.entry(PreferredSchedulingTerm.class, List.of("weight", "preference")),
          Map.entry(WeightedPodAffinityTerm.class, List.of("weight", "podAffinityTerm")),
          Map.entry(PodAffinityTerm.class, List.of("topologyKey")),
          Map.entry(
              TopologySpreadConstraint.class,
              List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
          Map.entry(Sysctl.class, List.of("name", "value")),
          Map.entry(HostAlias.class, List.of("ip")),
          Map.entry(PodReadinessGate.class, List.of("conditionType")),
          Map.entry(PodSchedulingGate.class, List.of("name")),
          Map.entry(ContainerResizePolicy.class, List.of("resourceName", "restartPolicy")),
          Map.entry(SeccompProfile.class, List.of("type")),
          Map.entry(AppArmorProfile.class, List.of("type")),
          Map.entry(TypedLocalObjectReference.class, List.of("kind", "name")),
          Map.entry(ServicePort.class, List.of("port")));

  private RequiredFields() {}

  /** The required JSON fields of a fabric8 model class, in the API's order; empty when none. */
  public static List<String> of(Class<?> model) {
    return REQUIRED.getOrDefault(model, List.of());
  }

  /** Every class with required fields (for the test that each field is one the class has). */
  static Map<Class<?>, List<String>> table() {
    return REQUIRED;
  }
}
