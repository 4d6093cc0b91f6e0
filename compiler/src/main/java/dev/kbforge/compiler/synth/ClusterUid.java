package dev.kbforge.compiler.synth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The value kbforge gives a Cluster's UID ({@code clusterVarRef.clusterUID}, e.g. upstream
 * postgresql's {@code CLUSTER_UID}, which Patroni uses as a suffix). KubeBlocks reads the UID the
 * API server gave the Cluster object (pkg/controller/component GetClusterUID); a rendered tree has
 * no Cluster object, so kbforge derives a stable one instead: the name-based UUID, version 5 (RFC
 * 9562, SHA-1), of {@code <namespace>/<name>} in the URL namespace {@code
 * 6ba7b811-9dad-11d1-80b4-00c04fd430c8}. The same cluster always gets the same value; two clusters
 * never share one.
 */
public final class ClusterUid {
  static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private ClusterUid() {}

  public static String of(String namespace, String name) {
    return uuid5(URL_NAMESPACE, namespace + "/" + name).toString();
  }

  static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC variant
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
