package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Expands {@code definitions/*.yaml.peb} files (DESIGN section 4) with the addon's values before
 * they are loaded as YAML: one ComponentDefinition per major version with <code>
 * {% for v in versions %}</code>, image tags from one place, and so on.
 */
public final class DefinitionExpander {
  /** The suffix of a definition template. */
  public static final String SUFFIX = ".yaml.peb";

  private DefinitionExpander() {}

  public static boolean isDefinitionTemplate(String fileName) {
    return fileName.endsWith(SUFFIX);
  }

  /**
   * The YAML text {@code template} expands to, or empty when it fails (reported at {@code fileName}
   * and the template's line).
   *
   * @param values maps, lists and scalars (see {@link #addonValues})
   */
  public static Optional<String> expand(
      String fileName, String template, Map<String, ?> values, Reporter reporter) {
    Map<String, Object> context = TemplateValues.normalize(values);
    TemplateErrors errors =
        new TemplateErrors(name -> SourceFile.of(fileName, template), context, reporter);
    String text = template;
    // after an error the failing tag is blanked and the file expanded again: every error is shown
    for (int failures = 0; failures < ErrorRecovery.MAX_ERRORS_PER_FILE; failures++) {
      StringWriter out = new StringWriter();
      try {
        TemplateBudget.evaluate(
            SandboxedPebble.forFolder(Map.of(fileName, text)).getTemplate(fileName), out, context);
        return failures == 0 ? Optional.of(out.toString()) : Optional.empty();
      } catch (RuntimeException | StackOverflowError | java.io.IOException e) {
        Optional<String> next = FileTemplateRenderer.nextAttempt(fileName, text, e, errors);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        text = next.get();
      }
    }
    return Optional.empty();
  }

  /**
   * The context of an addon's definition templates: the entries of its {@code spec.values} at the
   * top level, and {@code addon} with its {@code name} and {@code version} (which win over a value
   * called {@code addon}).
   */
  public static Map<String, Object> addonValues(SourceDocument addon) {
    JsonNode root = addon.root();
    Map<String, Object> values = TemplateValues.fromJsonObject(root.path("spec").path("values"));
    Map<String, Object> self = new LinkedHashMap<>();
    self.put("name", TemplateValues.fromJson(root.path("metadata").path("name")));
    self.put("version", TemplateValues.fromJson(root.path("spec").path("version")));
    values.put("addon", self);
    return values;
  }
}
