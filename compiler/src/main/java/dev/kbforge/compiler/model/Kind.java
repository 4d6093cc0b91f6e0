package dev.kbforge.compiler.model;

import java.util.Arrays;
import java.util.Optional;

/** The document kinds kbforge reads, with the apiVersion it accepts and its schema resource. */
public enum Kind {
  CLUSTER_DEFINITION("apps.kubeblocks.io/v1", "ClusterDefinition", "clusterdefinition"),
  COMPONENT_DEFINITION("apps.kubeblocks.io/v1", "ComponentDefinition", "componentdefinition"),
  COMPONENT_VERSION("apps.kubeblocks.io/v1", "ComponentVersion", "componentversion"),
  SHARDING_DEFINITION("apps.kubeblocks.io/v1", "ShardingDefinition", "shardingdefinition"),
  CLUSTER("apps.kubeblocks.io/v1", "Cluster", "cluster"),
  /** kbforge's own addon descriptor ({@code addon.yaml}). */
  ADDON("kbforge.dev/v1alpha1", "Addon", "addon"),
  /** Plain ConfigMaps: upstream addons ship config and script templates this way. */
  CONFIG_MAP("v1", "ConfigMap", "configmap");

  private final String apiVersion;
  private final String kindName;
  private final String schemaName;

  Kind(String apiVersion, String kindName, String schemaName) {
    this.apiVersion = apiVersion;
    this.kindName = kindName;
    this.schemaName = schemaName;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public String kindName() {
    return kindName;
  }

  /** Base name of the schema resource, e.g. {@code cluster} for {@code cluster.schema.json}. */
  public String schemaName() {
    return schemaName;
  }

  public static Optional<Kind> byKindName(String kind) {
    return Arrays.stream(values()).filter(k -> k.kindName.equals(kind)).findFirst();
  }
}
