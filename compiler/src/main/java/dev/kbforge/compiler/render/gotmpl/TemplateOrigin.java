package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;

/**
 * Where a Go template's text lives, so that an error at the template's line and column is reported
 * where the author wrote it: a file of its own (a template folder, {@code kb template FILE}), or a
 * value in a YAML document (a ConfigMap's {@code data} key, a var's {@code expression}).
 *
 * <p>Inside a literal block scalar ({@code |}, {@code |-}, {@code |+}) every template line is one
 * source line, shifted by the block's indentation, so the position is exact. Any other scalar style
 * (quoted, folded, plain) folds lines, and the error is reported at the value's start.
 */
public interface TemplateOrigin {
  SourceFile file();

  /** The source position of a 1-based line and column of the template text. */
  Position at(int line, int column);

  /** A template that is a whole file. */
  static TemplateOrigin file(SourceFile file) {
    return new TemplateOrigin() {
      @Override
      public SourceFile file() {
        return file;
      }

      @Override
      public Position at(int line, int column) {
        return new Position(Math.max(line, 1), Math.max(column, 1));
      }
    };
  }

  /** A template that is the string value at {@code pointer} of a YAML document. */
  static TemplateOrigin value(SourceDocument doc, String pointer) {
    Position start = doc.valuePosition(pointer);
    SourceFile file = doc.file();
    String indicatorLine = file.line(start.line());
    int at = start.column() - 1;
    boolean literal =
        at >= 0
            && at < indicatorLine.length()
            && indicatorLine.charAt(at) == '|'
            && !indicatorLine.substring(at + 1).trim().matches("[-+]?[1-9].*");
    int indent = literal ? blockIndent(file, start.line() + 1) : -1;
    return new TemplateOrigin() {
      @Override
      public SourceFile file() {
        return file;
      }

      @Override
      public Position at(int line, int column) {
        if (indent < 0 || line < 1) {
          return start;
        }
        return new Position(start.line() + line, indent + Math.max(column, 1));
      }
    };
  }

  /** The indentation of a block scalar: that of its first line that is not blank. */
  private static int blockIndent(SourceFile file, int firstLine) {
    for (int line = firstLine; line <= file.lines().size(); line++) {
      String text = file.line(line);
      if (!text.isBlank()) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
          n++;
        }
        return n;
      }
    }
    return -1;
  }
}
