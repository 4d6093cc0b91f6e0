package dev.kbforge.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the last successful render depended on, so that a render with the same inputs can be
 * skipped: the path, size and modification time of every input file, of every file of the tree it
 * wrote (an edited or deleted tree is rendered again) and of the plugin's own jars, plus the goal's
 * parameters. Only metadata is read, never contents: a no-op costs a directory walk.
 */
final class RenderState {
  private static final String ADDON_FILE = "addon.yaml";
  private static final String TEMPLATES = "templates";
  private final Path file;

  /** The state of renders into {@code out}, kept in {@code stateDirectory}. */
  RenderState(Path stateDirectory, Path out) {
    this.file =
        stateDirectory.resolve("render-" + sha256(out.toString()).substring(0, 12) + ".state");
  }

  Path file() {
    return file;
  }

  /** Whether the last successful render had this fingerprint. */
  boolean matches(String fingerprint) {
    try {
      return Files.isRegularFile(file) && Files.readString(file).equals(fingerprint);
    } catch (IOException e) {
      return false; // unreadable state: render again
    }
  }

  void save(String fingerprint) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, fingerprint);
  }

  /** Forgets the last render (a failed render must run again next time). */
  void clear() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The fingerprint of a render: the parameters (one line), then one line per file. Folders are
   * walked the way the compiler walks them: dot-folders and {@code target/} below them are skipped.
   */
  static String fingerprint(List<Path> inputs, Path out, String parameters) {
    StringBuilder text = new StringBuilder(parameters).append('\n');
    for (Path input : inputs) {
      text.append("input ").append(input).append('\n');
      describe(input, RenderState::read, text);
      Optional<Path> addon = addonAbove(input);
      if (addon.isPresent()) {
        text.append("addon ").append(addon.get()).append('\n');
        describe(addon.get().resolve(ADDON_FILE), path -> true, text);
        describe(addon.get().resolve(TEMPLATES), path -> true, text);
      }
    }
    text.append("output ").append(out).append('\n');
    describe(out, path -> true, text);
    for (Class<?> code : List.of(RenderState.class, dev.kbforge.compiler.api.Kbforge.class)) {
      jarOf(code).ifPresent(jar -> describe(jar, path -> true, text));
    }
    return text.toString();
  }

  /**
   * Whether the compiler reads a file under an input folder: YAML (and *.yaml.peb definition
   * templates), and anything in a templates/ folder. Other files (README.md, build logs) are not
   * inputs.
   */
  private static boolean read(Path relative) {
    String name = relative.getFileName().toString();
    if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".yaml.peb")) {
      return true;
    }
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().equals(TEMPLATES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The addon folder (with an addon.yaml) nearest above an input: the compiler reads its templates/
   * folder even when the input is only its definitions/.
   */
  private static Optional<Path> addonAbove(Path input) {
    for (Path dir = input.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(ADDON_FILE))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static void describe(Path root, Predicate<Path> included, StringBuilder text) {
    if (!Files.exists(root)) {
      text.append("absent\n");
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = new ArrayList<>(walk.filter(p -> !skipped(root, p)).toList());
      files.sort(null);
      for (Path path : files) {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        // a file given as such is read whatever its name
        boolean given = path.equals(root);
        if (attributes.isRegularFile() && (given || included.test(root.relativize(path)))) {
          text.append(root.relativize(path))
              .append(' ')
              .append(attributes.size())
              .append(' ')
              .append(attributes.lastModifiedTime().toMillis())
              .append('\n');
        }
      }
    } catch (IOException | UncheckedIOException e) {
      text.append("unreadable ").append(e.getMessage()).append('\n'); // never equal twice by luck
    }
  }

  /** Below a folder: dot-folders and target/, as the compiler's input walk skips them. */
  private static boolean skipped(Path root, Path path) {
    Path relative = root.relativize(path);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String part = relative.getName(i).toString();
      if (part.startsWith(".") || part.equals("target")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Path> jarOf(Class<?> code) {
    try {
      var source = code.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
