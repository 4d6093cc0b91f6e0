package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;

/**
 * A file or link that phase 0 refused to read (a link leaving the input, a device, a file too
 * large, invalid UTF-8). Phase 0 does I/O only, so it keeps these as values; {@link Pipeline}
 * reports them with the rest.
 *
 * @param file the path as diagnostics show it
 * @param position where in the file, {@link Position#UNKNOWN} when the whole file is refused
 */
public record ReadProblem(String file, Code code, Position position, String message, String hint) {
  void report(Reporter reporter) {
    reporter.at(code, code.severity(), SourceFile.of(file, ""), position, message, hint);
  }
}
