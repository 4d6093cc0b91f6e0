package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.render.DefinitionExpander;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Turns the user's paths into the sorted list of YAML files to read. */
final class InputCollector {
  static final String ADDON_FILE = "addon.yaml";

  private InputCollector() {}

  static List<Path> collect(List<Path> paths) {
    TreeSet<String> seen = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputException("no such file or directory: " + path);
      }
      for (Path file : expand(path)) {
        if (seen.add(display(file))) {
          files.add(file);
        }
      }
    }
    files.sort((a, b) -> display(a).compareTo(display(b)));
    return files;
  }

  private static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(InputCollector::isYaml)
          .filter(p -> !hidden(path, p))
          .filter(p -> !inTemplateFolder(path, p))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read directory " + path + ": " + e.getMessage(), e);
    }
  }

  /** YAML files, and *.yaml.peb definition templates (loaded once expanded). */
  static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml")
        || name.endsWith(".yml")
        || DefinitionExpander.isDefinitionTemplate(name);
  }

  /**
   * The addon.yaml of a definition template: in the nearest folder above it that has one. Shown
   * relative to the working directory when the template's path is relative.
   */
  static Optional<Path> addonOf(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(ADDON_FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(
            file.isAbsolute() ? candidate : Path.of("").toAbsolutePath().relativize(candidate));
      }
    }
    return Optional.empty();
  }

  /** Skips dot-folders and build output ({@code .git}, {@code target}) below a directory. */
  private static boolean hidden(Path root, Path file) {
    Path relative = root.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String part = relative.getName(i).toString();
      if (part.startsWith(".") || part.equals("target")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Files under an addon's {@code templates/} folder are template sources (read by {@link
   * TemplateReader}), never documents, even when they are named *.yaml.
   */
  private static boolean inTemplateFolder(Path root, Path file) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      Path name = dir.getFileName();
      if (name != null
          && name.toString().equals(TemplateReader.TEMPLATES)
          && dir.getParent() != null
          && Files.isRegularFile(dir.getParent().resolve(ADDON_FILE))) {
        return true;
      }
      if (dir.equals(root)) {
        break;
      }
    }
    return false;
  }

  /** The name diagnostics show: the path as the user gave it, with '/' separators. */
  static String display(Path file) {
    return file.normalize().toString().replace('\\', '/');
  }
}
