package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * KubeBlocks' label and annotation keys and the label sets its controllers put on generated objects
 * (reference section 6.3). Every lowerer takes its labels from here so they stay in step.
 */
public final class Labels {
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY_VALUE = "kubeblocks";
  public static final String INSTANCE = "app.kubernetes.io/instance";
  public static final String COMPONENT_NAME = "apps.kubeblocks.io/component-name";
  public static final String SHARDING_NAME = "apps.kubeblocks.io/sharding-name";
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String COMPONENT_DEFINITION = "componentdefinition.kubeblocks.io/name";
  public static final String CLUSTER_DEFINITION = "clusterdefinition.kubeblocks.io/name";
  public static final String RELEASE_PHASE = "apps.kubeblocks.io/release-phase";
  public static final String RELEASE_PHASE_STABLE = "stable";
  public static final String ROLE = "kubeblocks.io/role";
  public static final String SERVICE_VERSION = "apps.kubeblocks.io/service-version";
  public static final String POD_NAME = "apps.kubeblocks.io/pod-name";
  public static final String SYSTEM_ACCOUNT = "apps.kubeblocks.io/system-account";
  public static final String FILE_TEMPLATE = "apps.kubeblocks.io/file-template";
  public static final String CONFIG_HASH = "config.kubeblocks.io/config-hash";
  public static final String WORKLOAD_MANAGED_BY = "workloads.kubeblocks.io/managed-by";
  public static final String WORKLOAD_INSTANCE = "workloads.kubeblocks.io/instance";

  private Labels() {}

  /** {managed-by, instance, component-name (or sharding-name for shards)}: on every object. */
  public static Map<String, String> base(SynthesizedComponent c) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(MANAGED_BY, MANAGED_BY_VALUE);
    labels.put(INSTANCE, c.cluster().name());
    labels.put(COMPONENT_NAME, c.name());
    if (c.isShard()) {
      labels.put(SHARDING_NAME, c.shardingName());
    }
    return labels;
  }

  /** The workload selector: {managed-by, instance, component-name, release-phase=stable}. */
  public static Map<String, String> selector(SynthesizedComponent c) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(MANAGED_BY, MANAGED_BY_VALUE);
    labels.put(INSTANCE, c.cluster().name());
    labels.put(COMPONENT_NAME, c.name());
    labels.put(RELEASE_PHASE, RELEASE_PHASE_STABLE);
    return labels;
  }

  /**
   * Labels of generated objects: the ComponentDefinition's labels, then the component's, then the
   * {@link #base} keys (system keys win, as in KubeBlocks).
   */
  public static Map<String, String> component(SynthesizedComponent c) {
    Map<String, String> labels = new TreeMap<>();
    putAll(labels, c.definitionSpec().path("labels"));
    putAll(labels, c.spec().path("labels"));
    labels.putAll(base(c));
    return labels;
  }

  /** Pod template labels: the selector plus cmpd/component labels, component and version. */
  public static Map<String, String> pod(SynthesizedComponent c) {
    Map<String, String> labels = component(c);
    labels.putAll(selector(c));
    labels.put(COMPONENT, c.definitionName());
    if (!c.serviceVersion().isEmpty()) {
      labels.put(SERVICE_VERSION, c.serviceVersion());
    }
    return labels;
  }

  /** The ComponentDefinition's annotations (they lose to system keys set by lowerers). */
  public static Map<String, String> definitionAnnotations(SynthesizedComponent c) {
    Map<String, String> annotations = new TreeMap<>();
    putAll(annotations, c.definitionSpec().path("annotations"));
    putAll(annotations, c.spec().path("annotations"));
    return annotations;
  }

  private static void putAll(Map<String, String> into, JsonNode map) {
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      if (e.getValue().isValueNode()) {
        into.put(e.getKey(), e.getValue().asString());
      }
    }
  }
}
