package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.CompDefResolution;
import dev.kbforge.compiler.resolve.ShardingSlot;

/**
 * KB4021: a sharding's shardingDef (its own, a shard template's, or the topology's) matches a
 * ShardingDefinition of the input set: by exact name, else by name prefix or regex (KubeBlocks'
 * {@code listShardingDefinitionsWithPattern}).
 */
public final class ClusterShardingDefRefCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ShardingSlot sharding : layout.shardings()) {
      if (sharding.resolution().status() != CompDefResolution.Status.NO_DEFINITION) {
        continue;
      }
      String message =
          sharding.shardingDefSource().equals("shardingDef")
              ? "shardingDef '"
                  + sharding.shardingDef()
                  + "' matches no ShardingDefinition in the input set"
              : "sharding '"
                  + sharding.name()
                  + "' needs a ShardingDefinition matching '"
                  + sharding.shardingDef()
                  + "' ("
                  + sharding.shardingDefSource()
                  + "), and none is in the input set";
      reporter.value(
          Code.KB4021,
          layout.cluster(),
          sharding.shardingDefPointer(),
          message,
          ClusterHints.unknown(
              sharding.shardingDef(),
              layout.definitions().names(Kind.SHARDING_DEFINITION),
              "ShardingDefinitions in the input set"));
    }
  }
}
