package dev.kbforge.compiler;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small sources from text blocks into a temporary folder and runs the pipeline over them.
 *
 * <pre>
 * ValidateResult r = new CompilerHarness(tmp).file("cd.yaml", """
 *     apiVersion: apps.kubeblocks.io/v1
 *     ...""").validate();
 * assertThat(CompilerHarness.codesAt(r)).contains("KB3001@cd.yaml:7:9");
 * </pre>
 */
public final class CompilerHarness {
  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  public CompilerHarness(Path dir) {
    this.dir = dir;
  }

  public CompilerHarness file(String name, String text) {
    files.put(name, text);
    return this;
  }

  public ValidateResult validate() {
    return validate(false);
  }

  public ValidateResult validate(boolean strict) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path path = dir.resolve(e.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Pipeline().validate(new ValidateRequest(List.of(dir), strict));
  }

  /** Each diagnostic as {@code CODE@file:line:col}, the file relative to the harness folder. */
  public List<String> codes(ValidateResult result) {
    String prefix = dir.normalize().toString().replace('\\', '/') + "/";
    return result.diagnostics().stream()
        .map(d -> d.code() + "@" + strip(d, prefix) + ":" + d.line() + ":" + d.column())
        .toList();
  }

  private static String strip(Diagnostic d, String prefix) {
    return d.file().startsWith(prefix) ? d.file().substring(prefix.length()) : d.file();
  }
}
