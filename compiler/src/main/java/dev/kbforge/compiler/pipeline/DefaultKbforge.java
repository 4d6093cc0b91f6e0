package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.CrdResult;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.TemplateRequest;
import dev.kbforge.compiler.api.TemplateResult;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.crd.CrdGenerator;
import dev.kbforge.compiler.emit.OutputTree;
import dev.kbforge.compiler.emit.TreeWriter;
import dev.kbforge.compiler.emit.WriteSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/** The {@link Kbforge} front ends get from {@link Kbforge#create()}. */
public final class DefaultKbforge implements Kbforge {
  /** Written by Maven resource filtering from the project version. */
  static final String VERSION_RESOURCE = "/dev/kbforge/compiler/version.properties";

  private Pipeline pipeline;

  @Override
  public ValidateResult validate(ValidateRequest request) {
    return pipeline().validate(request);
  }

  @Override
  public TemplateResult template(TemplateRequest request) {
    return TemplateFile.render(request);
  }

  @Override
  public RenderResult render(RenderRequest request) {
    return pipeline().render(request);
  }

  /**
   * Made on first use: its schemas and checks take a while to load, and {@code kb --version} or
   * {@code kb crds} need none of them.
   */
  private synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = new Pipeline();
    }
    return pipeline;
  }

  @Override
  public SortedMap<String, String> crds() {
    OutputTree tree = new CrdGenerator().tree();
    SortedMap<String, String> files = new TreeMap<>();
    tree.files().keySet().forEach(path -> files.put(path, tree.text(path)));
    return files;
  }

  @Override
  public CrdResult crds(Path out) {
    OutputTree tree = new CrdGenerator().tree();
    WriteSummary summary = new TreeWriter().write(tree, out);
    return new CrdResult(
        out,
        List.copyOf(tree.files().keySet()),
        summary.added(),
        summary.changed(),
        summary.unchanged(),
        summary.removed());
  }

  @Override
  public String version() {
    try (InputStream in = DefaultKbforge.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(VERSION_RESOURCE + " is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(VERSION_RESOURCE + " was not filtered by the build");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
