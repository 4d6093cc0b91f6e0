package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One template file to render on its own ({@code kb template}).
 *
 * @param file a Go text/template, or a Pebble template when its name ends in {@code .peb}
 * @param values a JSON or YAML file with the values; empty means an empty object
 * @param missingKeyError Go only: fail on a missing map key ({@code missingkey=error}, what
 *     KubeBlocks' controllers use) instead of printing {@code <no value>} (Go's default)
 */
public record TemplateRequest(Path file, Optional<Path> values, boolean missingKeyError) {
  public TemplateRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(values, "values");
  }
}
