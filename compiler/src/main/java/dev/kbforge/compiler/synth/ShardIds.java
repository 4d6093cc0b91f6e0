package dev.kbforge.compiler.synth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;

/**
 * Shard ids of one sharding. KubeBlocks names a shard {@code <sharding>-<id>} with a random id of 3
 * characters from k8s {@code rand.String} (alphabet {@value #ALPHABET}); kbforge derives the id
 * from a hash of the cluster name, the sharding name, the shard template and the shard's index
 * instead, so the same Cluster always gets the same shard names. A hash that lands on an id already
 * taken (by an earlier shard, a shard template's {@code shardIDs} or an {@code offline} shard) is
 * retried with an attempt counter, so ids stay unique within the sharding.
 */
public final class ShardIds {
  /** k8s {@code rand.String}'s alphabet: no vowels, no 0, 1 or 3, so no words are spelled. */
  public static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private static final int LENGTH = 3;

  private final String cluster;
  private final String sharding;
  private final Set<String> taken = new HashSet<>();

  /**
   * @param reserved ids that must not be generated (shard templates' {@code shardIDs}, ids of
   *     {@code offline} shards)
   */
  public ShardIds(String cluster, String sharding, Set<String> reserved) {
    this.cluster = cluster;
    this.sharding = sharding;
    this.taken.addAll(reserved);
  }

  /**
   * The id of the {@code index}-th shard made from a shard template ({@code ""} for the sharding's
   * own template). Ids of earlier calls are never returned again.
   */
  public String next(String template, int index) {
    String key =
        cluster + "/" + sharding + "/" + (template.isEmpty() ? "" : template + "/") + index;
    for (int attempt = 0; ; attempt++) {
      String id = id(attempt == 0 ? key : key + "#" + attempt);
      if (taken.add(id)) {
        return id;
      }
    }
  }

  /** 3 characters of {@link #ALPHABET} from the first bytes of the SHA-256 of {@code key}. */
  static String id(String key) {
    byte[] hash = sha256(key);
    long n = 0;
    for (int i = 0; i < 8; i++) {
      n = (n << 8) | (hash[i] & 0xff);
    }
    n = n >>> 1; // non-negative
    StringBuilder id = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt((int) (n % ALPHABET.length())));
      n /= ALPHABET.length();
    }
    return id.toString();
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
