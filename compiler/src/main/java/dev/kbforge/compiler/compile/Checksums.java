package dev.kbforge.compiler.compile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/** SHA-256 of rendered template files, for the annotation that rolls pods on a config change. */
final class Checksums {
  private Checksums() {}

  /**
   * Hex SHA-256 over every file as name, NUL, content, NUL, in name order: renaming a file changes
   * the sum just like changing its content.
   */
  static String of(SortedMap<String, String> files) {
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
