package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shard ids are derived from names: stable, unique within a sharding, in k8s' alphabet. */
class ShardIdsTest {
  private static List<String> ids(
      String cluster, String sharding, int count, Set<String> reserved) {
    ShardIds ids = new ShardIds(cluster, sharding, reserved);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(ids.next("", i));
    }
    return out;
  }

  @Test
  void theSameNamesGiveTheSameIds() {
    assertEquals(ids("c", "shard", 10, Set.of()), ids("c", "shard", 10, Set.of()));
    // adding shards keeps the ids of the existing ones
    assertEquals(ids("c", "shard", 3, Set.of()), ids("c", "shard", 5, Set.of()).subList(0, 3));
  }

  @Test
  void idsAreThreeCharactersOfTheAlphabetAndUniqueEvenForTheLargestSharding() {
    List<String> ids = ids("c", "shard", 2048, Set.of());
    assertEquals(2048, new HashSet<>(ids).size());
    for (String id : ids) {
      assertTrue(id.matches("[" + ShardIds.ALPHABET + "]{3}"), id);
    }
  }

  @Test
  void reservedIdsAreNeverGenerated() {
    List<String> first = ids("c", "shard", 4, Set.of());
    List<String> again = ids("c", "shard", 4, Set.of(first.get(1)));
    assertEquals(first.get(0), again.get(0));
    assertFalse(again.contains(first.get(1)));
    assertEquals(4, new HashSet<>(again).size());
  }

  @Test
  void shardTemplatesHaveTheirOwnSequence() {
    ShardIds ids = new ShardIds("c", "shard", Set.of());
    String plain = ids.next("", 0);
    String templated = ids.next("big", 0);
    assertFalse(plain.equals(templated));
    assertEquals(templated, new ShardIds("c", "shard", Set.of()).next("big", 0));
  }
}
