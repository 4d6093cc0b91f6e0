package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.model.TemplateFolder;
import dev.kbforge.compiler.model.TemplateSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

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
        foldersByAddon.put(addon, folders(addonDir));
      }
    }
    return new TemplateSources(addonOfFile, foldersByAddon);
  }

  private static Path parentOf(Path addonFile) {
    Path parent = addonFile.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Every folder under {@code <addon>/templates/} with its regular, non-hidden files. */
  private static Map<String, TemplateFolder> folders(Path addonDir) {
    Path templates = addonDir.resolve(TEMPLATES);
    Map<String, TemplateFolder> folders = new TreeMap<>();
    if (!Files.isDirectory(templates)) {
      return folders;
    }
    for (Path folder : list(templates)) {
      if (Files.isDirectory(folder) && !hidden(folder)) {
        TreeMap<String, String> files = new TreeMap<>();
        for (Path file : list(folder)) {
          if (Files.isRegularFile(file) && !hidden(file)) {
            files.put(file.getFileName().toString(), text(file));
          }
        }
        TemplateFolder read = new TemplateFolder(InputCollector.display(folder), files);
        folders.put(read.name(), read);
      }
    }
    return folders;
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
