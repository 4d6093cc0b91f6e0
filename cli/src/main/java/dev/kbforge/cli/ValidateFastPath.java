package dev.kbforge.cli;

import dev.kbforge.compiler.format.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kb validate}'s everyday command lines, run without picocli: editors and pre-commit hooks
 * call it on every save, and picocli's model of even one command (its own ~170 classes, which the
 * start-up archive cannot hold, annotation proxies, converters) cost a fifth of the run. Only a
 * line made of paths, {@code --strict}, {@code --no-color} and {@code --format FORMAT} (or {@code
 * --format=FORMAT}), each option at most once, takes this path; anything else (help, a bad or
 * repeated option, {@code --debug}, {@code --}, an {@code @file}, a path that starts with a dash,
 * no path) goes through picocli as before, so usage errors and help read the same.
 * ValidateFastPathTest checks that both paths print and return the same.
 */
final class ValidateFastPath {
  private ValidateFastPath() {}

  /** The options of a {@code kb validate} line this path takes. */
  record Line(List<Path> paths, OutputFormat format, boolean strict, boolean noColor) {}

  /** The parsed line when {@code args} is one this path takes, else empty. */
  static Optional<Line> parse(String[] args) {
    if (args.length < 2 || !args[0].equals("validate")) {
      return Optional.empty();
    }
    List<Path> paths = new ArrayList<>();
    OutputFormat format = null;
    boolean strict = false;
    boolean noColor = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--strict") && !strict) {
        strict = true;
      } else if (arg.equals("--no-color") && !noColor) {
        noColor = true;
      } else if ((arg.equals("--format") || arg.startsWith("--format=")) && format == null) {
        String value;
        if (arg.equals("--format")) {
          if (++i == args.length) {
            return Optional.empty();
          }
          value = args[i];
        } else {
          value = arg.substring("--format=".length());
        }
        Optional<OutputFormat> parsed = OutputFormat.parse(value);
        if (parsed.isEmpty()) {
          return Optional.empty();
        }
        format = parsed.get();
      } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
        return Optional.empty(); // picocli's: an option, --, an argument file, or an odd path
      } else {
        try {
          paths.add(Path.of(arg));
        } catch (InvalidPathException e) {
          return Optional.empty();
        }
      }
    }
    if (paths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Line(List.copyOf(paths), format == null ? OutputFormat.TEXT : format, strict, noColor));
  }

  /** Runs the line as {@code ValidateCommand} under picocli would; returns the exit status. */
  static int run(Line line, String[] args, PrintWriter out, PrintWriter err) {
    ColorOption color = new ColorOption();
    color.noColor = line.noColor();
    try {
      return ValidateCommand.validate(line.paths(), line.format(), line.strict(), color, out);
    } catch (Exception e) {
      return ErrorHandler.handle(e, err, List.of(args));
    }
  }
}
