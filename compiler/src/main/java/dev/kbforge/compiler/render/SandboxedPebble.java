package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.tag.NoOpTagCache;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.i18n.I18nExtension;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Pebble engine every kbforge template runs in (DESIGN section 4): strict variables, no
 * auto-escaping, no newline trimming, no Java method calls (but {@code loop}'s getters), a literal
 * {@code split}, templates from one in-memory folder, every repeating construct charged to a {@link
 * TemplateBudget} (run templates through {@link TemplateBudget#evaluate}).
 */
final class SandboxedPebble {
  /** Largest output one template may render; stops runaway loops before they eat the heap. */
  static final int MAX_RENDERED_CHARS = 8 * 1024 * 1024;

  private SandboxedPebble() {}

  /**
   * An engine that sees only {@code files} (file name to text). Compiled templates are cached in
   * the engine, which is bounded by the folder's size; the {@code cache} tag is a no-op, since its
   * content would otherwise leak from one cluster's render into the next.
   */
  static PebbleEngine forFolder(Map<String, String> files) {
    return new PebbleEngine.Builder()
        .loader(new FolderLoader(files))
        .strictVariables(true)
        .autoEscaping(false)
        .newLineTrimming(false)
        .methodAccessValidator(DenyMethodCalls.INSTANCE)
        .templateCache(new ConcurrentMapTemplateCache())
        .tagCache(new NoOpTagCache())
        .defaultLocale(Locale.ROOT)
        .maxRenderedSize(MAX_RENDERED_CHARS)
        .registerExtensionCustomizer(e -> new BoundedExtension(customize(e)))
        .build();
  }

  /** Pebble keeps one customizer only (the last registered), so this one applies them all. */
  private static ExtensionCustomizer customize(Extension extension) {
    return withLiteralSplit(withoutI18n(extension));
  }

  /** {@code i18n()} reads resource bundles from the class path: not something a template needs. */
  private static ExtensionCustomizer withoutI18n(Extension extension) {
    return new ExtensionCustomizer(extension) {
      @Override
      public Map<String, Function> getFunctions() {
        return extension instanceof I18nExtension ? Map.of() : super.getFunctions();
      }
    };
  }

  /**
   * Pebble's {@code split} takes a regular expression; kbforge's takes the delimiter as written.
   */
  private static ExtensionCustomizer withLiteralSplit(Extension extension) {
    return new ExtensionCustomizer(extension) {
      @Override
      public Map<String, Filter> getFilters() {
        Map<String, Filter> filters = super.getFilters();
        if (filters == null || !filters.containsKey(LiteralSplitFilter.NAME)) {
          return filters;
        }
        Map<String, Filter> replaced = new HashMap<>(filters);
        replaced.put(LiteralSplitFilter.NAME, new LiteralSplitFilter());
        return replaced;
      }
    };
  }
}
