package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.emit.TreeMarker;
import dev.kbforge.compiler.render.DefinitionExpander;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Turns the user's paths into the sorted list of YAML files to read. */
final class InputCollector {
  static final String ADDON_FILE = "addon.yaml";

  private InputCollector() {}

  static List<Path> collect(List<Path> paths) {
    return collect(paths, List.of(), problem -> {});
  }

  /**
   * The YAML files under {@code paths}, sorted by the name diagnostics show. Never enters a folder
   * in {@code excluded} (the render's output folder) or a folder kbforge wrote (a GitOps tree,
   * which holds Services and InstanceSets that are not input), nor follows a link out of a path
   * given.
   */
  static List<Path> collect(List<Path> paths, List<Path> excluded, Consumer<ReadProblem> problems) {
    Set<Path> skipped = new HashSet<>();
    for (Path out : excluded) {
      skipped.add(out.toAbsolutePath().normalize());
      try {
        skipped.add(out.toRealPath());
      } catch (IOException e) {
        // not there yet: nothing to skip beyond its name
      }
    }
    TreeSet<String> seen = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputException("no such file or directory: " + path);
      }
      for (Path file : expand(path, skipped, problems)) {
        if (seen.add(display(file))) {
          files.add(file);
        }
      }
    }
    files.sort((a, b) -> display(a).compareTo(display(b)));
    return files;
  }

  private static List<Path> expand(Path path, Set<Path> skipped, Consumer<ReadProblem> problems) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    return new ContainedPaths(path, problems)
        .walk(
            dir -> hidden(path, dir) || isTemplatesFolder(dir) || notInput(dir, skipped),
            file -> isYaml(file) && !hidden(path, file) && !inTemplateFolder(path, file));
  }

  /** The output folder, and any GitOps tree kbforge wrote, are never input. */
  private static boolean notInput(Path dir, Set<Path> skipped) {
    return skipped.contains(dir.toAbsolutePath().normalize()) || TreeMarker.isTree(dir);
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
    int folders = Files.isDirectory(file) ? relative.getNameCount() : relative.getNameCount() - 1;
    for (int i = 0; i < folders; i++) {
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

  /** An addon's {@code templates/} folder: read by {@link TemplateReader}, not walked here. */
  private static boolean isTemplatesFolder(Path dir) {
    return dir.getFileName() != null
        && dir.getFileName().toString().equals(TemplateReader.TEMPLATES)
        && dir.getParent() != null
        && Files.isRegularFile(dir.getParent().resolve(ADDON_FILE));
  }

  /** The name diagnostics show: the path as the user gave it, with '/' separators. */
  static String display(Path file) {
    return file.normalize().toString().replace('\\', '/');
  }
}
