package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.model.TemplateFolder;
import dev.kbforge.compiler.model.TemplateSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Phase 0 (I/O) for file templates: finds the addon of every input file (the nearest folder above
 * it with an addon.yaml) and reads that addon's {@code templates/<name>/} folders, so that the
 * render phase never touches the disk. Line endings are normalised to LF: a checkout with CRLF
 * renders the same bytes as one with LF.
 */
final class TemplateReader {
  static final String TEMPLATES = "templates";

  private TemplateReader() {}

  static TemplateSources read(List<Path> files) {
    return read(files, problem -> {});
  }

  /**
   * As above; links leaving an addon's folder, devices, huge files and invalid UTF-8 go to {@code
   * problems} and the file (or folder) is left out.
   */
  static TemplateSources read(List<Path> files, Consumer<ReadProblem> problems) {
    Map<String, String> addonOfFile = new TreeMap<>();
    Map<String, Map<String, TemplateFolder>> foldersByAddon = new TreeMap<>();
    Map<Path, Optional<Path>> addonOfDir = new HashMap<>();
    for (Path file : files) {
      Path dir = file.toAbsolutePath().normalize().getParent();
      Optional<Path> addonFile = addonOfDir.computeIfAbsent(dir, d -> InputCollector.addonOf(file));
      if (addonFile.isEmpty()) {
        continue;
      }
      Path addonDir = parentOf(addonFile.get());
      String addon = InputCollector.display(addonDir);
      addonOfFile.put(InputCollector.display(file), addon);
      if (!foldersByAddon.containsKey(addon)) {
        foldersByAddon.put(addon, folders(addonDir, problems));
      }
    }
    return new TemplateSources(addonOfFile, foldersByAddon);
  }

  private static Path parentOf(Path addonFile) {
    Path parent = addonFile.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /**
   * Every folder under {@code <addon>/templates/} with its non-hidden files, none read through a
   * link that leaves the addon's folder.
   */
  private static Map<String, TemplateFolder> folders(
      Path addonDir, Consumer<ReadProblem> problems) {
    ContainedPaths addon = new ContainedPaths(addonDir, problems);
    Path templates = addonDir.resolve(TEMPLATES);
    Map<String, TemplateFolder> folders = new TreeMap<>();
    if (!Files.isDirectory(templates) || addon.follow(templates).isEmpty()) {
      return folders;
    }
    for (Path folder : ContainedPaths.list(templates)) {
      if (!Files.isDirectory(folder) || hidden(folder) || addon.follow(folder).isEmpty()) {
        continue;
      }
      TreeMap<String, String> files = new TreeMap<>();
      for (Path file : ContainedPaths.list(folder)) {
        if (Files.isDirectory(file) || hidden(file)) {
          continue;
        }
        Optional<Path> real = addon.follow(file);
        String text = real.isEmpty() ? null : text(real.get(), file, problems);
        if (text != null) {
          files.put(file.getFileName().toString(), text);
        }
      }
      TemplateFolder read = new TemplateFolder(InputCollector.display(folder), files);
      folders.put(read.name(), read);
    }
    return folders;
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  /** The text of {@code real} (reached as {@code file}), or null when refused. */
  private static String text(Path real, Path file, Consumer<ReadProblem> problems) {
    try {
      String text = FileBytes.text(real, InputCollector.display(file), problems);
      return text == null ? null : text.replace("\r\n", "\n");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
