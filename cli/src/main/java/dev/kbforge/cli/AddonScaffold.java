package dev.kbforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a new addon project, from the resources under {@code scaffold/addon/} ({@code
 * files.txt} lists them). {@code __NAME__} becomes the addon's name and {@code __KBFORGE_VERSION__}
 * the plugin version, in paths and contents; nothing else is substituted, so the Pebble and Maven
 * expressions in the files stay as they are.
 */
final class AddonScaffold {
  private static final String ROOT = "scaffold/addon/";

  /** A lower-case DNS label that starts with a letter, short enough to be a component name (22). */
  static final Pattern NAME = Pattern.compile("[a-z]([-a-z0-9]{0,20}[a-z0-9])?");

  private AddonScaffold() {}

  /** Relative path (with '/') to contents, sorted. */
  static Map<String, String> files(String name, String kbforgeVersion) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad addon name: " + name);
    }
    Map<String, String> files = new TreeMap<>();
    for (String line : read("files.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.trim().split("\\s+");
      String content =
          read(parts[0]).replace("__NAME__", name).replace("__KBFORGE_VERSION__", kbforgeVersion);
      files.put(parts[1].replace("__NAME__", name), content);
    }
    return files;
  }

  private static String read(String resource) {
    try (InputStream in = AddonScaffold.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
