package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.validate.Check;
import java.util.ArrayList;
import java.util.List;

/** Every semantic check, in the order they run. Add a new rule here and in docs/diagnostics.md. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    List<Check> all = new ArrayList<>(definitionChecks());
    all.addAll(ClusterChecks.all());
    all.add(new SecretLiteralEnvCheck()); // KB2022, KB4080 (definitions and Clusters)
    return List.copyOf(all);
  }

  private static List<Check> definitionChecks() {
    return List.of(
        // the whole input set
        new DuplicateObjectCheck(), // KB1012
        new RenamedFieldCheck(), // KB2011
        // ClusterDefinition
        UniqueNames.topologies(), // KB3001
        new DefaultTopologyCheck(), // KB3002
        UniqueNames.topologyComponents(), // KB3003
        UniqueNames.topologyShardings(), // KB3004
        new TopologyNameClashCheck(), // KB3005
        DefinitionReferences.topologyCompDefCompiles(), // KB3006
        DefinitionReferences.topologyShardingDefCompiles(), // KB3007
        new TopologyOrdersCheck(), // KB3008, KB3009, KB3010
        // ComponentDefinition
        UniqueNames.roles(), // KB3101
        UniqueNames.services(), // KB3102
        UniqueNames.serviceNames(), // KB3103
        UniqueNames.vars(), // KB3104
        UniqueNames.systemAccounts(), // KB3105
        UniqueNames.volumes(), // KB3106
        UniqueNames.fileTemplates(), // KB3107
        UniqueNames.fileTemplateVolumes(), // KB3108
        UniqueNames.logConfigs(), // KB3109
        UniqueNames.hostNetworkContainers(), // KB3110
        new ServicePortsCheck(), // KB3111
        new ServiceRoleSelectorCheck(), // KB3112
        new VarValueCheck(), // KB3113
        DefinitionReferences.varCompDefCompiles(), // KB3114
        new ServiceVarRefCheck(), // KB3115, KB3116, KB3406, KB3407
        new CredentialVarRefCheck(), // KB3117, KB3408
        new ComponentVarRefRoleCheck(), // KB3118, KB3409
        new ResourceVarRefCheck(), // KB3119, KB3412
        new HostNetworkVarRefCheck(), // KB3120, KB3121, KB3410, KB3411
        new ExecContainerCheck(), // KB3122
        new ExecSharedContainerCheck(), // KB3123, KB3124
        new RoleProbeCheck(), // KB3125
        new AccountStatementCheck(), // KB3126
        new AccountProvisionCheck(), // KB3127
        new ReplicasLimitCheck(), // KB3128
        new AvailableWithRoleCheck(), // KB3129
        new AvailableWithPhasesCheck(), // KB3130
        new AvailableWithProbeCheck(), // KB3131
        new HostNetworkPortsCheck(), // KB3132, KB3133
        new RoleNameCaseCheck(), // KB3134
        new RolePodSelectorCheck(), // KB3135
        new ServiceVersionCheck(), // KB3136
        new FileTemplateSourceCheck(), // KB3137
        // ComponentVersion
        UniqueNames.releases(), // KB3201
        new ReleaseReferencesCheck(), // KB3202
        new UnusedReleaseCheck(), // KB3203
        new ReleaseServiceVersionCheck(), // KB3204
        DefinitionReferences.versionCompDefCompiles(), // KB3205
        new ImageKeysCheck(), // KB3206
        // ShardingDefinition
        new ShardsLimitCheck(), // KB3301
        DefinitionReferences.shardingTemplateCompiles(), // KB3302
        UniqueNames.shardingSystemAccounts(), // KB3303
        new ShardingAccountsCheck(), // KB3304
        new ShardingStrategyCheck(), // KB3305
        // references to definitions that may belong to another addon
        DefinitionReferences.topologyCompDefMatches(), // KB3401
        DefinitionReferences.topologyShardingDefMatches(), // KB3402
        DefinitionReferences.varCompDefMatches(), // KB3403
        DefinitionReferences.versionCompDefMatches(), // KB3404
        DefinitionReferences.shardingTemplateMatches()); // KB3405
  }
}
