package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.validate.Check;
import java.util.ArrayList;
import java.util.List;

/** The "names are unique" rules of the definition kinds, one {@link Check} per rule. */
public final class UniqueNames {
  private static final Kind CD = Kind.CLUSTER_DEFINITION;
  private static final Kind CMPD = Kind.COMPONENT_DEFINITION;

  private UniqueNames() {}

  public static Check topologies() {
    return UniqueNamesCheck.of(CD, Code.KB3001, "topology", "topologies", "name");
  }

  /** Component names are unique within each topology. */
  public static Check topologyComponents() {
    return new UniqueNamesCheck(
        CD, Code.KB3003, "topology component", spec -> perTopology(spec, "components"));
  }

  /** Sharding names are unique within each topology. */
  public static Check topologyShardings() {
    return new UniqueNamesCheck(
        CD, Code.KB3004, "topology sharding", spec -> perTopology(spec, "shardings"));
  }

  public static Check roles() {
    return UniqueNamesCheck.of(CMPD, Code.KB3101, "role", "roles", "name");
  }

  public static Check services() {
    return UniqueNamesCheck.of(CMPD, Code.KB3102, "service", "services", "name");
  }

  /** Only set serviceNames count: an empty one means the default name. */
  public static Check serviceNames() {
    return UniqueNamesCheck.of(CMPD, Code.KB3103, "serviceName", "services", "serviceName");
  }

  public static Check vars() {
    return UniqueNamesCheck.of(CMPD, Code.KB3104, "var", "vars", "name");
  }

  public static Check systemAccounts() {
    return UniqueNamesCheck.of(CMPD, Code.KB3105, "system account", "systemAccounts", "name");
  }

  public static Check volumes() {
    return UniqueNamesCheck.of(CMPD, Code.KB3106, "volume", "volumes", "name");
  }

  /** Configs and scripts share one name space: both become file templates of the component. */
  public static Check fileTemplates() {
    return new UniqueNamesCheck(
        CMPD, Code.KB3107, "config/script template", spec -> templates(spec, "name"));
  }

  /** Each template's volumeName becomes a pod volume, so two templates cannot share one. */
  public static Check fileTemplateVolumes() {
    return new UniqueNamesCheck(
        CMPD, Code.KB3108, "config/script volumeName", spec -> templates(spec, "volumeName"));
  }

  public static Check logConfigs() {
    return UniqueNamesCheck.of(CMPD, Code.KB3109, "logConfig", "logConfigs", "name");
  }

  public static Check hostNetworkContainers() {
    return new UniqueNamesCheck(
        CMPD,
        Code.KB3110,
        "hostNetwork container",
        spec -> List.of(spec.get("hostNetwork").names("containerPorts", "container")));
  }

  public static Check releases() {
    return UniqueNamesCheck.of(Kind.COMPONENT_VERSION, Code.KB3201, "release", "releases", "name");
  }

  public static Check shardingSystemAccounts() {
    return UniqueNamesCheck.of(
        Kind.SHARDING_DEFINITION, Code.KB3303, "system account", "systemAccounts", "name");
  }

  private static List<List<Located>> perTopology(Located spec, String list) {
    List<List<Located>> scopes = new ArrayList<>();
    for (Located topology : spec.items("topologies")) {
      scopes.add(topology.names(list, "name"));
    }
    return scopes;
  }

  private static List<List<Located>> templates(Located spec, String field) {
    List<Located> names = new ArrayList<>(spec.names("configs", field));
    names.addAll(spec.names("scripts", field));
    return List.of(names);
  }
}
