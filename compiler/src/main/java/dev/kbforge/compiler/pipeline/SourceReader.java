package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.model.TemplateSources;
import dev.kbforge.compiler.render.DefinitionExpander;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phase 0 of the {@link Pipeline}: reads the YAML files under the paths and the addons' template
 * folders. The only step before the write that touches the disk.
 */
public final class SourceReader {
  private SourceReader() {}

  /** What phase 0 read: the input files' text and the addons' template folders. */
  public record Inputs(List<SourceText> texts, TemplateSources templates) {}

  /** Phase 0 (I/O): every YAML file (and *.yaml.peb) under the paths, and template folders. */
  public static Inputs read(List<Path> paths) {
    List<Path> files = InputCollector.collect(paths);
    return new Inputs(texts(files), TemplateReader.read(files));
  }

  /** The YAML files (and *.yaml.peb templates) under the paths, read (I/O). */
  public static List<SourceText> readFiles(List<Path> paths) {
    return texts(InputCollector.collect(paths));
  }

  private static List<SourceText> texts(List<Path> files) {
    List<SourceText> texts = new ArrayList<>();
    for (Path file : files) {
      Optional<SourceText> addon = Optional.empty();
      if (DefinitionExpander.isDefinitionTemplate(file.getFileName().toString())) {
        addon = InputCollector.addonOf(file).map(SourceReader::readText);
      }
      SourceText own = readText(file);
      texts.add(new SourceText(own.name(), own.text(), addon));
    }
    return texts;
  }

  private static SourceText readText(Path file) {
    try {
      return new SourceText(
          InputCollector.display(file), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
