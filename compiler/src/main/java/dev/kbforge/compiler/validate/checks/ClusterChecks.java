package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.validate.Check;
import java.util.List;

/** The Cluster checks (KB40xx-KB41xx), in the order they run. */
public final class ClusterChecks {
  private ClusterChecks() {}

  public static List<Check> all() {
    return List.of(
        // the CRD's CEL rules first, then definition references, then what the definitions allow
        new ClusterComponentNamesUniqueCheck(),
        new ClusterComponentDefConsistencyCheck(),
        new ClusterShardingNamesUniqueCheck(),
        new ClusterComponentShardingClashCheck(),
        new ClusterDefinitionRefCheck(),
        new ClusterTopologyMembershipCheck(),
        new ClusterWithoutClusterDefCheck(),
        new ClusterComponentDefRefCheck(),
        new ClusterShardingDefRefCheck(),
        new ClusterServiceVersionCheck(),
        new ClusterReplicasLimitCheck(),
        new ClusterInstanceReplicasCheck(),
        new ClusterInstanceNamesUniqueCheck(),
        new ClusterShardsLimitCheck(),
        new ClusterComponentServicesCheck(),
        new ClusterSystemAccountsCheck(),
        new ClusterInitAccountDisabledCheck(),
        new ClusterConfigsCheck(),
        new ClusterVolumeClaimTemplatesCheck(),
        new ClusterEnvNamesUniqueCheck(),
        new ClusterVolumeNamesCheck(),
        new ClusterServiceSelectorCheck(),
        new ClusterObjectRefsCheck());
  }
}
