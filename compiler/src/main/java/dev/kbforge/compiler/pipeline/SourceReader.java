package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.model.TemplateSources;
import dev.kbforge.compiler.render.DefinitionExpander;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Phase 0 of the {@link Pipeline}: reads the YAML files under the paths and the addons' template
 * folders. The only step before the write that touches the disk, and the one that keeps reading
 * safe: nothing through a link leaving a path given (or an addon's folder), no device or FIFO, no
 * file over {@link FileBytes#MAX_BYTES}, no output tree; each refusal is a {@link ReadProblem}.
 */
public final class SourceReader {
  private SourceReader() {}

  /**
   * What phase 0 read: the input files' text, the addons' template folders, and what it refused to
   * read (reported by {@link Pipeline#compile}).
   */
  public record Inputs(
      List<SourceText> texts, TemplateSources templates, List<ReadProblem> problems) {
    public Inputs {
      texts = List.copyOf(texts);
      problems = List.copyOf(problems);
    }

    public Inputs(List<SourceText> texts, TemplateSources templates) {
      this(texts, templates, List.of());
    }
  }

  /** Phase 0 (I/O): every YAML file (and *.yaml.peb) under the paths, and template folders. */
  public static Inputs read(List<Path> paths) {
    return read(paths, List.of());
  }

  /** As above, never reading below a folder of {@code excluded} (the render's output folder). */
  public static Inputs read(List<Path> paths, List<Path> excluded) {
    Set<ReadProblem> problems = new LinkedHashSet<>();
    List<Path> files = InputCollector.collect(paths, excluded, problems::add);
    List<SourceText> texts = texts(files, problems::add);
    TemplateSources templates = TemplateReader.read(files, problems::add);
    return new Inputs(texts, templates, new ArrayList<>(problems));
  }

  /**
   * The YAML files (and *.yaml.peb templates) under the paths, read (I/O); a file phase 0 refuses
   * is an InputException here.
   */
  public static List<SourceText> readFiles(List<Path> paths) {
    Consumer<ReadProblem> refuse =
        problem -> {
          throw new InputException(problem.file() + ": " + problem.message());
        };
    return texts(InputCollector.collect(paths, List.of(), refuse), refuse);
  }

  private static List<SourceText> texts(List<Path> files, Consumer<ReadProblem> problems) {
    List<SourceText> texts = new ArrayList<>();
    for (Path file : files) {
      Optional<SourceText> addon =
          DefinitionExpander.isDefinitionTemplate(file.getFileName().toString())
              ? InputCollector.addonOf(file).flatMap(a -> readAddon(a, problems))
              : Optional.empty();
      readText(file, file, problems)
          .ifPresent(own -> texts.add(new SourceText(own.name(), own.text(), addon)));
    }
    return texts;
  }

  /** The addon.yaml above a definition template, unless it is a link out of the addon. */
  private static Optional<SourceText> readAddon(Path addonFile, Consumer<ReadProblem> problems) {
    Path addonDir = addonFile.toAbsolutePath().getParent();
    return new ContainedPaths(addonDir, problems)
        .follow(addonFile)
        .flatMap(real -> readText(real, addonFile, problems));
  }

  private static Optional<SourceText> readText(
      Path real, Path file, Consumer<ReadProblem> problems) {
    String name = InputCollector.display(file);
    try {
      return Optional.ofNullable(FileBytes.text(real, name, problems))
          .map(text -> new SourceText(name, text));
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
