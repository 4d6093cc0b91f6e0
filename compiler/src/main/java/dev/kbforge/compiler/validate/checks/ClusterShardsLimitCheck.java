package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.resolve.ShardingSlot;
import dev.kbforge.compiler.source.SourceDocument;
import tools.jackson.databind.JsonNode;

/** KB4043: a sharding's shards lie within its ShardingDefinition's shardsLimit, when set. */
public final class ClusterShardsLimitCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ShardingSlot sharding : layout.shardingsOnly()) {
      if (sharding.pointer().isEmpty()
          || !sharding.spec().path("shards").isIntegralNumber()
          || sharding.resolution().definition().isEmpty()) {
        continue;
      }
      SourceDocument definition = sharding.resolution().definition().get();
      JsonNode limit = definition.root().path("spec").path("shardsLimit");
      if (!limit.isObject()) {
        continue;
      }
      long shards = sharding.spec().path("shards").asLong();
      long min = Nodes.integer(limit, "minShards", 0);
      long max = Nodes.integer(limit, "maxShards", Long.MAX_VALUE);
      if (shards < min || shards > max) {
        reporter.value(
            Code.KB4043,
            layout.cluster(),
            sharding.pointer() + "/shards",
            "shards "
                + shards
                + " is outside ["
                + min
                + ", "
                + max
                + "], the shardsLimit of ShardingDefinition '"
                + definition.name()
                + "'",
            "choose a shard count between " + min + " and " + max);
      }
    }
  }
}
