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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what Pebble throws into diagnostics at the template's file and line. Pebble knows lines but
 * not columns, so the column is always 1.
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
   */
  void report(Throwable failure, String template) {
    Code code = code(failure);
    String file = template;
    int line = 0;
    String message;
    if (failure instanceof PebbleException pebble) {
      file = pebble.getFileName() != null ? pebble.getFileName() : template;
      line = pebble.getLineNumber() != null ? Math.max(pebble.getLineNumber(), 0) : 0;
      message = message(pebble);
    } else if (failure instanceof StackOverflowError) {
      message = "template recursion too deep (does a template include itself?)";
    } else {
      message = String.valueOf(failure.getMessage());
    }
    SourceFile source = sources.apply(file);
    if (line == 0 && failure instanceof FolderLoader.MissingTemplate missing) {
      line = lineMentioning(source, missing.name);
    }
    Position position = new Position(Math.max(line, 1), 1);
    if (reported.add(code + " " + source.name() + ":" + position.line() + " " + message)) {
      reporter.at(code, code.severity(), source, position, message, hint(failure));
    }
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

  private String hint(Throwable failure) {
    if (failure instanceof RootAttributeNotFoundException missing) {
      String suggestion = DidYouMean.hint(missing.getAttributeName(), context.keySet());
      return suggestion.isEmpty()
          ? "defined variables: " + String.join(", ", new java.util.TreeSet<>(context.keySet()))
          : suggestion;
    }
    if (failure instanceof ClassAccessException) {
      return "templates read map entries and list items only; use filters such as | upper";
    }
    return "";
  }
}
