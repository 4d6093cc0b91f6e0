package dev.kbforge.compiler.validate.kube;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.model.Kind;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each source kind embeds Kubernetes types (field names as in the KubeBlocks v1 API). The
 * JSON Schemas leave these spots open ({@code type: object}); {@link KubeObjectWalker} checks them
 * against the real types.
 */
public final class EmbeddedKubeTypes {
  /** Cluster parts shaped like a component: each may carry pod-level settings. */
  private static final List<String> COMPONENT_PREFIXES =
      List.of(
          "/spec/componentSpecs/*",
          "/spec/shardings/*/template",
          "/spec/shardings/*/shardTemplates/*");

  private static final Map<Kind, List<EmbeddedKubeType>> TABLE = build();

  private EmbeddedKubeTypes() {}

  public static List<EmbeddedKubeType> of(Kind kind) {
    return TABLE.getOrDefault(kind, List.of());
  }

  private static Map<Kind, List<EmbeddedKubeType>> build() {
    Map<Kind, List<EmbeddedKubeType>> table = new EnumMap<>(Kind.class);
    Builder cmpd = new Builder(Kind.COMPONENT_DEFINITION, table);
    cmpd.add("/spec/runtime", PodSpec.class, Code.KB2010);
    cmpd.add("/spec/services/*/spec", ServiceSpec.class);
    cmpd.add("/spec/policyRules/*", PolicyRule.class);
    cmpd.add("/spec/vars/*/valueFrom/configMapKeyRef", ConfigMapKeySelector.class);
    cmpd.add("/spec/vars/*/valueFrom/secretKeyRef", SecretKeySelector.class);
    cmpd.add("/spec/lifecycleActions/*/exec/env/*", EnvVar.class);
    cmpd.add("/spec/configs/*/reconfigure/exec/env/*", EnvVar.class);
    cmpd.add("/spec/scripts/*/reconfigure/exec/env/*", EnvVar.class);

    Builder shardingDef = new Builder(Kind.SHARDING_DEFINITION, table);
    shardingDef.add("/spec/lifecycleActions/*/exec/env/*", EnvVar.class);

    Builder cluster = new Builder(Kind.CLUSTER, table);
    schedulingPolicy(cluster, "/spec");
    cluster.add("/spec/services/*/spec", ServiceSpec.class);
    for (String component : COMPONENT_PREFIXES) {
      podSettings(cluster, component);
      podSettings(cluster, component + "/instances/*");
      cluster.add(component + "/volumes/*", Volume.class);
      cluster.add(component + "/network/hostAliases/*", HostAlias.class);
      cluster.add(component + "/network/dnsConfig", PodDNSConfig.class);
      cluster.add(component + "/configs/*/configMap", ConfigMapVolumeSource.class);
      cluster.add(component + "/configs/*/reconfigureAction/exec/env/*", EnvVar.class);
    }
    table.replaceAll((kind, entries) -> List.copyOf(entries));
    return table;
  }

  /** What both a component and an instance template may set. */
  private static void podSettings(Builder cluster, String prefix) {
    schedulingPolicy(cluster, prefix);
    cluster.add(prefix + "/resources", ResourceRequirements.class);
    cluster.add(prefix + "/env/*", EnvVar.class);
    cluster.add(prefix + "/volumeClaimTemplates/*/spec", PersistentVolumeClaimSpec.class);
  }

  private static void schedulingPolicy(Builder cluster, String prefix) {
    cluster.add(prefix + "/schedulingPolicy/affinity", Affinity.class);
    cluster.add(prefix + "/schedulingPolicy/tolerations/*", Toleration.class);
    cluster.add(
        prefix + "/schedulingPolicy/topologySpreadConstraints/*", TopologySpreadConstraint.class);
  }

  private record Builder(Kind kind, Map<Kind, List<EmbeddedKubeType>> table) {
    void add(String pattern, Class<?> model) {
      add(pattern, model, Code.KB2012);
    }

    void add(String pattern, Class<?> model, Code unknownField) {
      table
          .computeIfAbsent(kind, k -> new ArrayList<>())
          .add(new EmbeddedKubeType(kind, PointerPattern.of(pattern), model, unknownField));
    }
  }
}
