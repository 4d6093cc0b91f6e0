package dev.kbforge.compiler.diag;

import dev.kbforge.compiler.api.Severity;

/**
 * Every diagnostic code kbforge reports. Codes are stable: never renumber or reuse one. Each is
 * listed, with its summary, in {@code docs/diagnostics.md} (a test keeps the two in step).
 *
 * <p>Ranges: KB1xxx input and YAML, KB2xxx schema, KB30xx ClusterDefinition, KB31xx
 * ComponentDefinition, KB32xx ComponentVersion, KB33xx ShardingDefinition, KB34xx cross-definition
 * references, KB4xxx Cluster, KB5xxx compilation (KB55xx: the target Kubernetes version).
 */
public enum Code {
  // --- KB1xxx: reading input ---
  KB1001(Severity.ERROR, "file cannot be read"),
  KB1002(Severity.ERROR, "YAML syntax error"),
  KB1003(Severity.ERROR, "duplicate mapping key"),
  KB1004(Severity.ERROR, "alias expansion exceeds the limit (alias bomb)"),
  KB1005(Severity.ERROR, "document has no apiVersion or kind"),
  KB1006(Severity.ERROR, "unknown kind"),
  KB1007(Severity.WARNING, "KubeBlocks kind that kbforge does not check"),
  KB1008(Severity.ERROR, "unsupported apiVersion for a known kind"),
  KB1009(Severity.ERROR, "document is not a mapping"),
  KB1010(Severity.ERROR, "mapping key is not a scalar"),
  KB1011(Severity.WARNING, "no YAML documents found under the given paths"),
  KB1012(Severity.ERROR, "duplicate object (same kind and name defined twice)"),
  KB1013(Severity.WARNING, "Secret document in the input: not written to the tree"),
  KB1014(Severity.ERROR, "unknown field in a plain Kubernetes document"),
  KB1015(Severity.ERROR, "plain Kubernetes document has no metadata.name"),
  KB1020(Severity.ERROR, "tab where YAML needs a space (indentation, or after '-' or '?')"),
  KB1021(Severity.ERROR, "number that JSON cannot hold (.inf, .nan)"),
  KB1022(Severity.ERROR, "null mapping key"),
  KB1023(Severity.ERROR, "YAML directive (kubectl splits documents before it)"),
  // reading safely (issue 11): links, devices, size, encoding, nesting
  KB1030(Severity.ERROR, "symbolic link leads outside the folder being read: not followed"),
  KB1031(Severity.ERROR, "not a regular file (device, FIFO, socket): not read"),
  KB1032(Severity.ERROR, "file larger than the 16 MiB limit: not read"),
  KB1033(Severity.ERROR, "file is not valid UTF-8"),
  KB1034(Severity.ERROR, "YAML nested deeper than the limit"),

  // --- KB2xxx: schema ---
  KB2001(Severity.ERROR, "unknown field"),
  KB2002(Severity.ERROR, "wrong type"),
  KB2003(Severity.ERROR, "value not in the allowed set (enum)"),
  KB2004(Severity.ERROR, "value does not match the required pattern"),
  KB2005(Severity.ERROR, "string too long or too short"),
  KB2006(Severity.ERROR, "too many or too few items or entries"),
  KB2007(Severity.ERROR, "required field missing"),
  KB2008(Severity.ERROR, "number out of range"),
  KB2009(Severity.ERROR, "value violates the schema"),
  KB2010(
      Severity.WARNING,
      "unknown field inside a pod runtime (KubeBlocks keeps it, Kubernetes ignores it)"),
  KB2011(Severity.WARNING, "renamed field: the old name is accepted, use the new one"),
  KB2012(Severity.ERROR, "unknown field in an embedded Kubernetes object"),
  KB2013(Severity.ERROR, "wrong type in an embedded Kubernetes object"),

  // --- KB202x: embedded Kubernetes objects, the author's slips ---
  KB2020(
      Severity.ERROR, "unknown field inside a pod runtime close to a field it lacks (near-miss)"),
  KB2021(Severity.ERROR, "required field missing in an embedded Kubernetes object"),
  KB2022(Severity.WARNING, "literal value on a secret-looking env var of a definition"),

  // --- KB209x: embedded Kubernetes objects ---
  KB2090(Severity.ERROR, "malformed Kubernetes quantity (e.g. 1GB instead of 1G or 1Gi)"),

  // --- KB30xx: ClusterDefinition ---
  KB3001(Severity.ERROR, "duplicate topology name"),
  KB3002(Severity.ERROR, "more than one default topology"),
  KB3003(Severity.ERROR, "duplicate component name in a topology"),
  KB3004(Severity.ERROR, "duplicate sharding name in a topology"),
  KB3005(Severity.ERROR, "a topology component and sharding share a name"),
  KB3006(Severity.ERROR, "topology compDef is not a valid regular expression"),
  KB3007(Severity.ERROR, "topology shardingDef is not a valid regular expression"),
  KB3008(Severity.ERROR, "topology order leaves out a component or sharding"),
  KB3009(Severity.ERROR, "topology order names an unknown component or sharding"),
  KB3010(Severity.ERROR, "topology order names a component or sharding more than once"),

  // --- KB31xx: ComponentDefinition ---
  KB3101(Severity.ERROR, "duplicate role name"),
  KB3102(Severity.ERROR, "duplicate service name"),
  KB3103(Severity.ERROR, "duplicate serviceName"),
  KB3104(Severity.ERROR, "duplicate var name"),
  KB3105(Severity.ERROR, "duplicate system account name"),
  KB3106(Severity.ERROR, "duplicate volume name"),
  KB3107(Severity.ERROR, "duplicate config or script template name"),
  KB3108(Severity.ERROR, "duplicate config or script volumeName"),
  KB3109(Severity.ERROR, "duplicate logConfig name"),
  KB3110(Severity.ERROR, "hostNetwork lists a container more than once"),
  KB3111(Severity.ERROR, "service has no ports"),
  KB3112(Severity.ERROR, "service roleSelector names an undefined role"),
  KB3113(Severity.ERROR, "var sets both value and valueFrom"),
  KB3114(Severity.ERROR, "var compDef is not a valid regular expression"),
  KB3115(Severity.ERROR, "serviceVarRef names an undefined service"),
  KB3116(Severity.ERROR, "serviceVarRef port is not a port of that service"),
  KB3117(Severity.ERROR, "credentialVarRef names an undefined system account"),
  KB3118(Severity.ERROR, "componentVarRef names an undefined role"),
  KB3119(Severity.ERROR, "resourceVarRef storage names an undefined volume"),
  KB3120(Severity.ERROR, "hostNetworkVarRef names an undefined container"),
  KB3121(Severity.ERROR, "hostNetworkVarRef port is not a named port of that container"),
  KB3122(Severity.ERROR, "exec action names a container that is not in runtime.containers"),
  KB3123(Severity.ERROR, "lifecycle exec actions use more than one image"),
  KB3124(Severity.ERROR, "lifecycle exec actions use more than one container"),
  KB3125(Severity.WARNING, "roles are defined but lifecycleActions.roleProbe is not"),
  KB3126(Severity.ERROR, "system account that is not an init account has no statement.create"),
  KB3127(Severity.ERROR, "system accounts need lifecycleActions.accountProvision"),
  KB3128(Severity.ERROR, "replicasLimit minReplicas is greater than maxReplicas"),
  KB3129(Severity.ERROR, "available.withRole names an undefined role"),
  KB3130(Severity.ERROR, "available.withPhases names an unknown component phase"),
  KB3131(Severity.ERROR, "available.withProbe needs lifecycleActions.availableProbe"),
  KB3132(Severity.ERROR, "hostNetwork names a container that is not in runtime"),
  KB3133(Severity.ERROR, "hostNetwork port is not a named port of that container"),
  KB3134(Severity.WARNING, "role name is not lower case"),
  KB3135(Severity.ERROR, "targetPodSelector Role needs a matchingKey naming a defined role"),
  KB3136(Severity.ERROR, "serviceVersion is not a semantic version"),
  KB3137(Severity.WARNING, "config or script template has no ConfigMap in the input set"),

  // --- KB32xx: ComponentVersion ---
  KB3201(Severity.ERROR, "duplicate release name"),
  KB3202(Severity.ERROR, "compatibility rule names an undefined release"),
  KB3203(Severity.WARNING, "release is not named by any compatibility rule"),
  KB3204(Severity.ERROR, "release serviceVersion is not a semantic version"),
  KB3205(Severity.ERROR, "compatibility rule compDef is not a valid regular expression"),
  KB3206(
      Severity.WARNING,
      "image key is neither a container nor a lifecycle action of a compatible"
          + " ComponentDefinition"),

  // --- KB33xx: ShardingDefinition ---
  KB3301(Severity.ERROR, "shardsLimit minShards is greater than maxShards"),
  KB3302(Severity.ERROR, "template.compDef is not a valid regular expression"),
  KB3303(Severity.ERROR, "duplicate sharding system account name"),
  KB3304(Severity.ERROR, "sharding system account is not defined by the template's definition"),
  KB3305(Severity.ERROR, "sharding provision or update strategy is not Serial or Parallel"),

  // --- KB34xx: references between definitions (another addon's may be absent) ---
  KB3401(Severity.WARNING, "topology compDef matches no ComponentDefinition in the input set"),
  KB3402(Severity.WARNING, "topology shardingDef matches no ShardingDefinition in the input set"),
  KB3403(Severity.WARNING, "var compDef matches no ComponentDefinition in the input set"),
  KB3404(
      Severity.WARNING, "ComponentVersion compDef matches no ComponentDefinition in the input set"),
  KB3405(
      Severity.WARNING,
      "ShardingDefinition template.compDef matches no ComponentDefinition in the input set"),
  // var references through compDef: the matching definitions are in the input set
  KB3406(
      Severity.ERROR,
      "serviceVarRef names a service that a ComponentDefinition its compDef matches does not"
          + " define"),
  KB3407(
      Severity.ERROR,
      "serviceVarRef port is not a port of that service in a ComponentDefinition its compDef"
          + " matches"),
  KB3408(
      Severity.ERROR,
      "credentialVarRef names a system account that a ComponentDefinition its compDef matches"
          + " does not define"),
  KB3409(
      Severity.ERROR,
      "componentVarRef names a role that a ComponentDefinition its compDef matches does not"
          + " define"),
  KB3410(
      Severity.ERROR,
      "hostNetworkVarRef names a container that a ComponentDefinition its compDef matches does"
          + " not have"),
  KB3411(
      Severity.ERROR,
      "hostNetworkVarRef port is not a named port of that container in a ComponentDefinition its"
          + " compDef matches"),
  KB3412(
      Severity.ERROR,
      "resourceVarRef storage names a volume that a ComponentDefinition its compDef matches does"
          + " not define"),

  // --- KB40xx-KB41xx: Cluster ---
  KB4001(Severity.ERROR, "duplicate component name in componentSpecs"),
  KB4002(Severity.ERROR, "componentSpecs mix components with and without componentDef"),
  KB4003(Severity.ERROR, "duplicate sharding name"),
  KB4006(Severity.ERROR, "a component and a sharding have the same name"),
  KB4010(Severity.ERROR, "clusterDef names no ClusterDefinition in the input set"),
  KB4011(Severity.ERROR, "topology is not defined in the ClusterDefinition"),
  KB4012(Severity.ERROR, "topology omitted and the ClusterDefinition has no default topology"),
  KB4013(Severity.ERROR, "component is not defined in the cluster topology"),
  KB4014(Severity.ERROR, "sharding is not defined in the cluster topology"),
  KB4015(
      Severity.ERROR,
      "without clusterDef, a component needs componentDef and a sharding shardingDef or template componentDef"),
  KB4016(Severity.ERROR, "topology is set without clusterDef"),
  KB4020(
      Severity.ERROR,
      "component definition reference matches no ComponentDefinition in the input set"),
  KB4021(Severity.ERROR, "shardingDef matches no ShardingDefinition in the input set"),
  KB4030(Severity.ERROR, "serviceVersion is not offered by any matching ComponentDefinition"),
  KB4031(Severity.ERROR, "serviceVersion is not a semantic version"),
  KB4032(
      Severity.WARNING,
      "serviceVersion matches an offered version only loosely; KubeBlocks looks versions up by their exact text"),
  KB4040(Severity.ERROR, "replicas outside the ComponentDefinition's replicasLimit (or negative)"),
  KB4041(Severity.ERROR, "instance template replicas add up to more than the component's replicas"),
  KB4042(Severity.ERROR, "duplicate instance template name"),
  KB4043(Severity.ERROR, "shards outside the ShardingDefinition's shardsLimit"),
  KB4050(
      Severity.WARNING,
      "component service names no service of the ComponentDefinition: KubeBlocks ignores it"),
  KB4051(Severity.ERROR, "system account names no account of the ComponentDefinition"),
  KB4052(Severity.ERROR, "an init account cannot be disabled"),
  KB4053(Severity.ERROR, "config names no config template of the ComponentDefinition"),
  KB4054(
      Severity.WARNING,
      "volumeClaimTemplate matches no volume or volumeMount of the ComponentDefinition"),
  KB4055(Severity.ERROR, "duplicate env var name"),
  KB4056(Severity.ERROR, "duplicate volume name"),
  KB4057(Severity.ERROR, "volume has the name of a volumeClaimTemplate"),
  KB4060(Severity.ERROR, "cluster service componentSelector names no component or sharding"),
  KB4061(Severity.ERROR, "cluster service roleSelector names no role of the selected component"),
  KB4070(Severity.WARNING, "Cluster names a Secret that is not in the input set"),
  KB4071(Severity.WARNING, "Cluster names a ConfigMap that is not in the input set"),
  KB4080(Severity.WARNING, "literal value on a secret-looking env var of a Cluster"),

  // --- KB50xx: templates (render phase, *.yaml.peb definitions) ---
  KB5001(Severity.ERROR, "template syntax error"),
  KB5002(Severity.ERROR, "template uses an undefined variable or attribute"),
  KB5003(Severity.ERROR, "template calls a Java method (templates may not call methods)"),
  KB5004(Severity.ERROR, "template evaluation error (wrong operand types, output too large...)"),
  KB5005(Severity.ERROR, "template includes a file that is not in its template folder"),
  KB5006(Severity.ERROR, "two files of a template folder render to the same name"),
  KB5010(
      Severity.WARNING,
      "retired: Go templates are rendered now (KB5700-KB5704 report their errors)"),
  KB5020(
      Severity.WARNING,
      "*.yaml.peb definition has no addon.yaml above it: expanded with empty values"),
  KB5021(
      Severity.ERROR,
      "addon.yaml above a *.yaml.peb definition has errors: the definition is not expanded"),

  // --- KB53xx: lowering (KB5300-KB5349: workloads and PDB; KB5350-KB5399: services, config,
  // RBAC, accounts) ---
  KB5301(Severity.ERROR, "component volume has the name of a pod volume or a file template volume"),
  KB5302(
      Severity.WARNING,
      "instance templates, ordinals or offlineInstances cannot be expressed in a StatefulSet:"
          + " ignored"),
  KB5303(
      Severity.WARNING,
      "volumeClaimTemplate persistentVolumeClaimName cannot be expressed in a StatefulSet: ignored"),
  KB5304(
      Severity.WARNING,
      "role probe is not an exec action: the StatefulSet role labeler cannot run it"),
  KB5305(
      Severity.WARNING,
      "instance template serviceVersion or compDef is not resolved: it runs the component's images"),
  KB5350(Severity.ERROR, "generated Service name is longer than 63 characters"),
  KB5351(Severity.ERROR, "passwordConfig asks for more digits and symbols than its length"),
  KB5352(
      Severity.WARNING,
      "account with a secretRef gets no ExternalSecret: its account Secret must be provided"),
  KB5353(
      Severity.ERROR,
      "two container ports share a number and protocol: the headless Service is invalid"),
  // bounded Pebble templates (issue 11): each limit a template may exceed
  KB5360(Severity.ERROR, "template loops run more iterations than the limit"),
  KB5361(Severity.ERROR, "template output longer than the limit"),
  KB5362(Severity.ERROR, "template macro or include calls nest deeper than the limit"),
  KB5363(Severity.ERROR, "template runs longer than the time limit"),
  KB5364(Severity.ERROR, "template builds a string or list larger than the limit"),

  // --- KB52xx: resolution of components, images and vars (compile phase) ---
  KB5201(Severity.ERROR, "no image for a container: no release of the serviceVersion names it"),
  KB5202(
      Severity.ERROR,
      "the images chosen for a serviceVersion come from releases of different versions"),
  KB5203(Severity.ERROR, "shard templates ask for more shards than the sharding has"),
  KB5210(
      Severity.ERROR,
      "var refers to a component, service, account or setting the cluster does not have"),
  KB5211(Severity.ERROR, "required var has no value"),
  KB5212(
      Severity.ERROR,
      "var compDef matches several components and the var has no multipleClusterObjectOption"),
  KB5213(Severity.ERROR, "combined var over values that come from a Secret or ConfigMap reference"),
  KB5220(Severity.WARNING, "retired: var expressions are evaluated now (KB5710, KB5711)"),
  KB5222(
      Severity.WARNING,
      "pods holding a role are known only at run time: the var is empty, as on the first reconcile"),
  KB5223(
      Severity.WARNING,
      "service port or address allocated at run time (NodePort, LoadBalancer): the var is left out"),
  KB5224(Severity.WARNING, "host-network port allocated at run time: the var is left out"),
  KB5225(Severity.WARNING, "serviceRefVarRef is not resolved offline: the var is left out"),

  // --- KB54xx: compilation (Cluster to objects, kb render) ---
  KB5401(
      Severity.ERROR,
      "config or script template has no source: no templates/<name>/ folder, no such ConfigMap"),
  KB5402(Severity.ERROR, "Cluster configs[].configMap names a ConfigMap not in the input set"),
  KB5403(Severity.ERROR, "two Clusters compile into the same namespace and name"),
  KB5404(Severity.WARNING, "nothing to render: the input holds no Cluster"),
  KB5405(Severity.ERROR, "two objects of a Cluster have the same kind, namespace and name"),
  KB5406(Severity.ERROR, "Cluster name or namespace is not a DNS label (lower case, at most 63)"),
  KB5407(
      Severity.WARNING,
      "externalManaged template: its ConfigMap is not generated and must come from elsewhere"),
  KB5410(
      Severity.ERROR,
      "kubeblocks target: a Pebble template cannot be passed to KubeBlocks (Go templates only)"),
  KB5449(Severity.ERROR, "internal error while compiling a Cluster (a kbforge bug)"),

  // --- KB55xx: the target Kubernetes version (--kube-version; docs/kube-versions.md) ---
  KB5500(Severity.ERROR, "field (or value) that the target Kubernetes version does not serve"),
  KB5501(
      Severity.ERROR,
      "kbforge generated a field that the target Kubernetes version does not serve (a kbforge gap)"),
  KB5502(
      Severity.WARNING,
      "persistentVolumeClaimRetentionPolicy left out (Kubernetes before 1.27): PVCs are kept"),
  KB5503(
      Severity.WARNING,
      "CRDs written without their CEL rules (Kubernetes before 1.25 does not enforce them)"),

  // --- KB56xx: kbagent (KB5600-KB5619: kbagent in the pod template) ---
  KB5600(
      Severity.ERROR, "lifecycle action has no exec, http or grpc handler: kbagent cannot run it"),
  KB5601(
      Severity.ERROR,
      "lifecycle action has more than one of exec, http and grpc: kbagent runs only one"),
  KB5602(Severity.ERROR, "lifecycle actions name different exec images: KubeBlocks allows one"),
  KB5603(Severity.ERROR, "lifecycle actions name different exec containers: KubeBlocks allows one"),
  KB5604(Severity.ERROR, "exec container of a lifecycle action is not a container of the pod"),
  KB5605(
      Severity.ERROR,
      "two containers of the pod declare the same containerPort: kbagent's ports cannot be chosen"),
  KB5606(
      Severity.ERROR,
      "a pod volume has the name of kbagent's role label volume (kubeblocks-role-label)"),
  KB5607(
      Severity.ERROR,
      "a mount of the actions' exec container uses kbagent's path /etc/kubeblocks/pod-metadata"),
  // --- KB5620-KB5649: lifecycle actions kbforge calls (kb apply, kb switchover) ---
  KB5620(
      Severity.ERROR,
      "lifecycle action's target pods cannot be resolved: unknown selector, or a role or ordinal"
          + " that matches no pod"),

  // --- KB57xx: Go templates (KB5700-KB5769; docs/gotemplate.md) ---
  KB5700(Severity.ERROR, "Go template syntax error"),
  KB5701(Severity.ERROR, "Go template calls a function that kbforge does not support"),
  KB5702(
      Severity.ERROR,
      "Go template calls a function whose result differs from run to run (now, rand*, genCA...)"),
  KB5703(Severity.ERROR, "Go template execution error (missing key, function error, wrong type)"),
  KB5704(
      Severity.ERROR,
      "Go template runs past a bound (steps, output size, nesting, values built, time)"),
  KB5710(Severity.ERROR, "var expression (Go template) fails to parse or to execute"),
  KB5711(
      Severity.WARNING,
      "var expression reads a var that has no value offline: the var keeps its value"),

  // --- KB60xx: day-2 edits of a Cluster file (kb cluster, kb ops apply) ---
  KB6001(Severity.ERROR, "the file holds no Cluster of that name (or several and none was named)"),
  KB6002(Severity.ERROR, "the Cluster has no component of that name"),
  KB6003(Severity.ERROR, "volume expansion would shrink a volume: refused"),
  KB6004(Severity.ERROR, "the component has no volumeClaimTemplate of that name"),
  KB6005(
      Severity.ERROR,
      "the value cannot be edited in place (flow style, block scalar, anchor or alias)"),
  KB6006(Severity.ERROR, "an edit value is malformed (quantity, replicas, timestamp)"),
  KB6010(Severity.ERROR, "OpsRequest type kbforge does not carry out"),
  KB6011(Severity.ERROR, "Switchover is a runtime operation: run kb switchover"),
  KB6012(Severity.ERROR, "OpsRequest names no Cluster of the Cluster file"),
  KB6013(Severity.ERROR, "OpsRequest field missing or malformed"),
  KB6020(
      Severity.ERROR, "kb cluster create: the addon has no usable ClusterDefinition or topology"),
  ;

  private final Severity severity;
  private final String summary;

  Code(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }
}
