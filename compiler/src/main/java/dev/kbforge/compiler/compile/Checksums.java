package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.emit.TextKeyedCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * SHA-256 of rendered template files, for the annotation that rolls pods on a config change. The
 * Clusters of one addon render the same large files (scripts) again and again, so the sums of large
 * file sets are kept, keyed by the names and texts: with C1 alone (a short render, see ./kb) the
 * JDK's SHA-256 runs without its CPU intrinsic, and hashing 40 KB of scripts per Cluster was a
 * fifth of the compiling thread's time for 1,000 redis clusters. Bounded by the characters kept
 * ({@link TextKeyedCache}); thread-safe.
 */
final class Checksums {
  /** Up to 4 Mi characters of file texts kept. */
  private static final TextKeyedCache<String> KNOWN = new TextKeyedCache<>(4L << 20);

  private Checksums() {}

  /**
   * Hex SHA-256 over every file as name, NUL, content, NUL, in name order: renaming a file changes
   * the sum just like changing its content.
   */
  static String of(SortedMap<String, String> files) {
    long chars = 0;
    for (String text : files.values()) {
      chars += text.length();
    }
    if (chars < TextKeyedCache.MIN_CHARS) {
      return sha256(files);
    }
    List<String> key = new ArrayList<>(files.size() * 2);
    files.forEach(
        (name, text) -> {
          key.add(name);
          key.add(text);
        });
    return KNOWN.get(key, chars, () -> sha256(files));
  }

  private static String sha256(SortedMap<String, String> files) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, String> file : files.entrySet()) {
      digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
