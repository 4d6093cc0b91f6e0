package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders one template folder ({@code addons/<engine>/templates/<name>/}): files ending in {@code
 * .peb} are Pebble templates and lose the suffix ({@code redis.conf.peb} becomes {@code
 * redis.conf}); every other file is passed on as it is, for the Go engine (the compile stage
 * renders it as KubeBlocks renders a template: a file without <code>{{</code> comes out unchanged).
 * Pebble would choke on shell scripts, which are full of {@code ${#x}} and <code>{#</code>.
 *
 * <p>Compile a folder once with {@link #compile}, then {@link #render} it once per component. The
 * caller reads the folder: this class does no I/O.
 */
public final class FileTemplateRenderer {
  /** The suffix that marks a Pebble template. */
  public static final String TEMPLATE_SUFFIX = ".peb";

  private final String folder;
  private final SortedMap<String, String> files;
  private final Map<String, PebbleTemplate> templates;
  private final boolean compiled;

  private FileTemplateRenderer(
      String folder,
      SortedMap<String, String> files,
      Map<String, PebbleTemplate> templates,
      boolean compiled) {
    this.folder = folder;
    this.files = files;
    this.templates = templates;
    this.compiled = compiled;
  }

  /**
   * Parses every {@code .peb} file of a folder; syntax errors (KB5001) and two files that would
   * render to the same name (KB5006) are reported once, here.
   *
   * @param folder the folder as diagnostics show it, e.g. {@code
   *     addons/redis/templates/redis-config}
   * @param files the folder's files: name (relative to the folder) to text
   */
  public static FileTemplateRenderer compile(
      String folder, Map<String, String> files, Reporter reporter) {
    SortedMap<String, String> sorted = new TreeMap<>(files);
    PebbleEngine engine = SandboxedPebble.forFolder(sorted);
    Map<String, PebbleTemplate> templates = new TreeMap<>();
    boolean ok = true;
    TemplateErrors errors = new TemplateErrors(n -> source(folder, sorted, n), Map.of(), reporter);
    Map<String, String> outputs = new TreeMap<>();
    for (String name : sorted.keySet()) {
      String previous = outputs.putIfAbsent(outputName(name), name);
      if (previous != null) {
        reporter.at(
            Code.KB5006,
            Code.KB5006.severity(),
            source(folder, sorted, name),
            new Position(1, 1),
            "'" + name + "' and '" + previous + "' both render to '" + outputName(name) + "'",
            "keep one of them");
        ok = false;
      }
      if (!isTemplate(name)) {
        continue;
      }
      try {
        templates.put(name, engine.getTemplate(name));
      } catch (RuntimeException | StackOverflowError e) {
        reportSyntaxErrors(sorted, name, e, errors);
        ok = false;
      }
    }
    return new FileTemplateRenderer(folder, sorted, templates, ok);
  }

  /** Compiles and renders a folder in one go (for a folder used once). */
  public static Optional<SortedMap<String, String>> render(
      String folder, Map<String, String> files, Map<String, ?> context, Reporter reporter) {
    return compile(folder, files, reporter).render(context, reporter);
  }

  /** Whether every template of the folder parsed. */
  public boolean compiled() {
    return compiled;
  }

  /**
   * The folder's output, file name to content in name order, or empty when a template failed
   * (reported to {@code reporter} at the template's file and line).
   *
   * @param context maps, lists and scalars only (see {@link TemplateValues#normalize})
   */
  public Optional<SortedMap<String, String>> render(Map<String, ?> context, Reporter reporter) {
    if (!compiled) {
      return Optional.empty();
    }
    Map<String, Object> variables = TemplateValues.normalize(context);
    SortedMap<String, String> out = new TreeMap<>();
    boolean ok = true;
    TemplateErrors errors = new TemplateErrors(n -> source(folder, files, n), variables, reporter);
    for (Map.Entry<String, String> file : files.entrySet()) {
      String name = file.getKey();
      if (!isTemplate(name)) {
        out.put(name, file.getValue());
        continue;
      }
      String rendered = renderFile(name, variables, errors);
      if (rendered == null) {
        ok = false;
      } else {
        out.put(outputName(name), rendered);
      }
    }
    return ok ? Optional.of(Collections.unmodifiableSortedMap(out)) : Optional.empty();
  }

  /**
   * One template's output, or null when it failed. After an error the failed tag is neutralised
   * ({@link ErrorRecovery}) and the file rendered again, so every error of the file is reported.
   */
  private String renderFile(String name, Map<String, Object> variables, TemplateErrors errors) {
    PebbleTemplate template = templates.get(name);
    String text = files.get(name);
    for (int failures = 0; failures < ErrorRecovery.MAX_ERRORS_PER_FILE; failures++) {
      StringWriter writer = new StringWriter();
      try {
        // A fresh top-level map per file: {% set %} writes into it.
        TemplateBudget.evaluate(template, writer, new LinkedHashMap<>(variables));
        return failures == 0 ? writer.toString() : null;
      } catch (RuntimeException | StackOverflowError | java.io.IOException e) {
        Optional<String> next = nextAttempt(name, text, e, errors);
        if (next.isEmpty()) {
          return null;
        }
        text = next.get();
        try {
          template = reparse(files, name, text);
        } catch (RuntimeException | StackOverflowError stop) {
          return null;
        }
      }
    }
    return null;
  }

  /** Reports a file's syntax error, then those after it while the failed tag can be blanked. */
  private static void reportSyntaxErrors(
      SortedMap<String, String> files, String name, Throwable first, TemplateErrors errors) {
    Throwable failure = first;
    String text = files.get(name);
    for (int failures = 1; failures < ErrorRecovery.MAX_ERRORS_PER_FILE; failures++) {
      Optional<String> next = nextAttempt(name, text, failure, errors);
      if (next.isEmpty()) {
        return;
      }
      text = next.get();
      try {
        reparse(files, name, text);
        return;
      } catch (RuntimeException | StackOverflowError e) {
        failure = e;
      }
    }
  }

  /** Reports {@code failure}; the text with its tag neutralised, if the search may go on. */
  static Optional<String> nextAttempt(
      String name, String text, Throwable failure, TemplateErrors errors) {
    Position at = errors.report(failure, name, text);
    // a passed limit ends the file: trying again without the tag could pass it again, slowly
    if (!TemplateErrors.fileOf(failure, name).equals(name)
        || failure instanceof Error
        || TemplateLimitException.in(failure) != null) {
      return Optional.empty();
    }
    return ErrorRecovery.withoutTagAt(TemplateTags.scan(SourceFile.of(name, text).lines()), at);
  }

  /** {@code name} parsed again from {@code text}, beside the folder's other files. */
  private static PebbleTemplate reparse(Map<String, String> files, String name, String text) {
    Map<String, String> patched = new TreeMap<>(files);
    patched.put(name, text);
    return SandboxedPebble.forFolder(patched).getTemplate(name);
  }

  public static boolean isTemplate(String fileName) {
    return fileName.endsWith(TEMPLATE_SUFFIX) && fileName.length() > TEMPLATE_SUFFIX.length();
  }

  /** The name a file has in the output: without {@code .peb} for templates, unchanged otherwise. */
  public static String outputName(String fileName) {
    return isTemplate(fileName)
        ? fileName.substring(0, fileName.length() - TEMPLATE_SUFFIX.length())
        : fileName;
  }

  /** The source file of a template, for diagnostics. */
  private static SourceFile source(String folder, Map<String, String> files, String name) {
    return SourceFile.of(folder + "/" + name, files.getOrDefault(name, ""));
  }
}
