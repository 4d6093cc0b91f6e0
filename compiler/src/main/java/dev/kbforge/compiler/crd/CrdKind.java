package dev.kbforge.compiler.crd;

import static dev.kbforge.compiler.crd.PrinterColumn.age;
import static dev.kbforge.compiler.crd.PrinterColumn.string;

import java.util.List;
import java.util.Locale;

/**
 * The kinds kbforge generates CustomResourceDefinitions for, with the facts of KubeBlocks' own
 * definitions (group, scope, short names, categories, printer columns, subresources), so that
 * {@code kubectl get cd} and friends behave the same whichever CRDs are installed. Each kind's
 * schema is kbforge's own JSON Schema of the same name.
 */
public enum CrdKind {
  CLUSTER_DEFINITION(
      "ClusterDefinition",
      Groups.APPS,
      false,
      List.of("cd"),
      List.of("kubeblocks"),
      List.of(
          string("Topologies", ".status.topologies", "Names of the topologies."),
          string("STATUS", ".status.phase", "Phase of the definition."),
          age("AGE"))),
  COMPONENT_DEFINITION(
      "ComponentDefinition",
      Groups.APPS,
      false,
      List.of("cmpd"),
      List.of("kubeblocks"),
      List.of(
          string("SERVICE", ".spec.serviceKind", "Kind of service the component provides."),
          string("SERVICE-VERSION", ".spec.serviceVersion", "Version of that service."),
          string("STATUS", ".status.phase", "Phase of the definition."),
          age("AGE"))),
  COMPONENT_VERSION(
      "ComponentVersion",
      Groups.APPS,
      false,
      List.of("cmpv"),
      List.of("kubeblocks"),
      List.of(
          string("Versions", ".status.serviceVersions", "Service versions of the releases."),
          string("Status", ".status.phase", "Phase of the version set."),
          age("Age"))),
  SHARDING_DEFINITION(
      "ShardingDefinition",
      Groups.APPS,
      false,
      List.of("sdd"),
      List.of("kubeblocks"),
      List.of(
          string("TEMPLATE", ".spec.template.compDef", "ComponentDefinition of every shard."),
          string("STATUS", ".status.phase", "Phase of the definition."),
          age("AGE"))),
  CLUSTER(
      "Cluster",
      Groups.APPS,
      true,
      List.of(),
      List.of("kubeblocks", "all"),
      List.of(
          string("CLUSTER-DEFINITION", ".spec.clusterDef", "ClusterDefinition the cluster uses."),
          string("TERMINATION-POLICY", ".spec.terminationPolicy", "What deleting it removes."),
          string("STATUS", ".status.phase", "Phase of the cluster."),
          age("AGE"))),
  INSTANCE_SET(
      "InstanceSet",
      Groups.WORKLOADS,
      true,
      List.of("its"),
      List.of("kubeblocks"),
      List.of(
          string("DESIRED", ".spec.replicas", "Desired pods."),
          string("UP-TO-DATE", ".status.updatedReplicas", "Pods at the latest revision."),
          string("READY", ".status.readyReplicas", "Ready pods."),
          string("AVAILABLE", ".status.availableReplicas", "Pods ready for minReadySeconds."),
          age("AGE")));

  /** The API groups of the kinds. */
  static final class Groups {
    static final String APPS = "apps.kubeblocks.io";
    static final String WORKLOADS = "workloads.kubeblocks.io";

    private Groups() {}
  }

  /** The one version every kind serves and stores. */
  public static final String VERSION = "v1";

  private final String kind;
  private final String group;
  private final boolean namespaced;
  private final List<String> shortNames;
  private final List<String> categories;
  private final List<PrinterColumn> columns;

  CrdKind(
      String kind,
      String group,
      boolean namespaced,
      List<String> shortNames,
      List<String> categories,
      List<PrinterColumn> columns) {
    this.kind = kind;
    this.group = group;
    this.namespaced = namespaced;
    this.shortNames = shortNames;
    this.categories = categories;
    this.columns = columns;
  }

  public String kind() {
    return kind;
  }

  public String group() {
    return group;
  }

  public String singular() {
    return kind.toLowerCase(Locale.ROOT);
  }

  /** Every kind's plural is its singular plus "s". */
  public String plural() {
    return singular() + "s";
  }

  /** The CRD's name, {@code <plural>.<group>}. */
  public String crdName() {
    return plural() + "." + group;
  }

  /** {@code Namespaced} or {@code Cluster}. */
  public String scope() {
    return namespaced ? "Namespaced" : "Cluster";
  }

  List<String> shortNames() {
    return shortNames;
  }

  List<String> categories() {
    return categories;
  }

  List<PrinterColumn> columns() {
    return columns;
  }

  /** InstanceSets scale like Deployments ({@code kubectl scale its/...}). */
  boolean scalable() {
    return this == INSTANCE_SET;
  }

  /** The classpath name of the kind's JSON Schema in the schemas module. */
  String schemaFile() {
    return singular() + ".schema.json";
  }
}
