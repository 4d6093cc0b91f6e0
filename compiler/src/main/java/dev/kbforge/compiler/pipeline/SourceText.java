package dev.kbforge.compiler.pipeline;

import java.util.Optional;

/**
 * A file's display name and its text; for a {@code *.yaml.peb} definition template, also the
 * addon.yaml found above it (empty when there is none).
 */
public record SourceText(String name, String text, Optional<SourceText> addon) {
  public SourceText(String name, String text) {
    this(name, text, Optional.empty());
  }
}
