package dev.kbforge.compiler.format;

import java.nio.charset.StandardCharsets;

/**
 * A diagnostic's file as a SARIF {@code artifactLocation.uri}: a relative path stays a relative URI
 * reference with forward slashes (what code scanning resolves against the repository root); an
 * absolute path becomes a {@code file:} URI. Pure string work, no file system access.
 */
final class ArtifactUri {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

  private ArtifactUri() {}

  static String of(String file) {
    String path = file.replace('\\', '/');
    if (path.startsWith("/")) {
      return "file://" + encode(path);
    }
    if (path.matches("[A-Za-z]:/.*")) { // a Windows drive: keep its colon
      return "file:///" + path.substring(0, 2) + encode(path.substring(2));
    }
    return encode(path);
  }

  /** Percent-encodes every UTF-8 byte outside the unreserved set (so ':' never looks a scheme). */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
