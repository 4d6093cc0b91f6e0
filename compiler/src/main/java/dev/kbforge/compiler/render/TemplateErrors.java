package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.compiler.validate.DidYouMean;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what Pebble throws into diagnostics at the template's file, line and column. Pebble knows
 * lines only; {@link ErrorLocator} finds the column in the template's text.
 */
final class TemplateErrors {
  private final Function<String, SourceFile> sources;
  private final Map<String, Object> context;
  private final Reporter reporter;
  private final Set<String> reported = new HashSet<>();

  /**
   * @param sources the source file of a template name (Pebble names the included template when the
   *     error is inside one)
   * @param context the variables the templates see, to suggest a name for an undefined one
   */
  TemplateErrors(
      Function<String, SourceFile> sources, Map<String, Object> context, Reporter reporter) {
    this.sources = sources;
    this.context = context;
    this.reporter = reporter;
  }

  /**
   * Reports {@code failure}, thrown while compiling or rendering {@code template}; the same error
   * twice (a broken template included by two others) is reported once.
   *
   * @return where the error is, in the file {@link #fileOf} names
   */
  Position report(Throwable failure, String template) {
    return report(failure, template, null);
  }

  /**
   * As {@link #report(Throwable, String)}, with {@code text} the template's current text when it is
   * not the source's (a copy whose failed tags were blanked, line and column kept).
   */
  Position report(Throwable thrown, String template, String text) {
    Throwable failure = unwrapped(thrown);
    Code code = code(failure);
    String file = fileOf(failure, template);
    Integer line = failure instanceof PebbleException pebble ? pebble.getLineNumber() : null;
    String message;
    if (failure instanceof PebbleException pebble) {
      message = message(pebble);
    } else if (failure instanceof StackOverflowError) {
      message = "template recursion too deep (does a template include itself?)";
    } else {
      message = String.valueOf(failure.getMessage());
    }
    SourceFile source = sources.apply(file);
    if ((line == null || line <= 0) && failure instanceof FolderLoader.MissingTemplate missing) {
      line = lineMentioning(source, missing.name);
    }
    List<String> lines =
        text != null && file.equals(template) ? SourceFile.of("", text).lines() : source.lines();
    ErrorLocator.Located at = ErrorLocator.locate(TemplateTags.scan(lines), line, failure);
    Position position = at.position();
    if (reported.add(code + " " + source.name() + ":" + position + " " + message)) {
      reporter.at(code, code.severity(), source, position, message, hint(failure, at.owner()));
    }
    return position;
  }

  /**
   * The undefined variable or denied method inside a wrapper: Pebble's {@code if} reports an
   * undefined variable in its condition as "wrong operand(s) type", with the real error as cause.
   */
  private static Throwable unwrapped(Throwable failure) {
    Throwable cause = failure.getCause();
    return failure instanceof PebbleException
            && (cause instanceof AttributeNotFoundException
                || cause instanceof ClassAccessException)
        ? cause
        : failure;
  }

  /** The template file an error is in: Pebble names the included one when it is inside one. */
  static String fileOf(Throwable failure, String template) {
    return failure instanceof PebbleException pebble && pebble.getFileName() != null
        ? pebble.getFileName()
        : template;
  }

  /** Pebble's own message, except where it names Java classes a template author never sees. */
  private static String message(PebbleException failure) {
    if (failure instanceof RootAttributeNotFoundException missing) {
      return "variable '" + missing.getAttributeName() + "' is not defined";
    }
    if (failure instanceof AttributeNotFoundException missing) {
      return "attribute '" + missing.getAttributeName() + "' is not defined";
    }
    if (failure instanceof ClassAccessException) {
      return "templates may not call methods";
    }
    return failure.getPebbleMessage();
  }

  /** Pebble does not say where an include is: the first line naming the missing template. */
  private static int lineMentioning(SourceFile source, String name) {
    for (int i = 0; i < source.lines().size(); i++) {
      if (source.lines().get(i).contains(name)) {
        return i + 1;
      }
    }
    return 1;
  }

  static Code code(Throwable failure) {
    if (failure instanceof TemplateLimitException limit) {
      return limit.code(); // a limit passed (issue 11): the code names the limit
    }
    if (failure instanceof ParserException) {
      return Code.KB5001;
    }
    if (failure instanceof ClassAccessException) {
      return Code.KB5003;
    }
    if (failure instanceof AttributeNotFoundException) {
      return Code.KB5002;
    }
    if (failure instanceof LoaderException) {
      return Code.KB5005;
    }
    return Code.KB5004;
  }

  private String hint(Throwable failure, String owner) {
    if (failure instanceof RootAttributeNotFoundException missing) {
      String suggestion = DidYouMean.hint(missing.getAttributeName(), context.keySet());
      return suggestion.isEmpty()
          ? "defined variables: " + String.join(", ", new java.util.TreeSet<>(context.keySet()))
          : suggestion;
    }
    if (failure instanceof AttributeNotFoundException missing
        && TemplateValues.at(context, owner) instanceof Map<?, ?> map) {
      List<String> keys = map.keySet().stream().map(String::valueOf).sorted().toList();
      String suggestion = DidYouMean.hint(missing.getAttributeName(), keys);
      return suggestion.isEmpty() ? owner + " has: " + String.join(", ", keys) : suggestion;
    }
    if (failure instanceof ClassAccessException) {
      return "templates read map entries and list items only (and loop.index, loop.first,"
          + " loop.last, loop.length, loop.revindex); use filters such as | upper";
    }
    return "";
  }
}
