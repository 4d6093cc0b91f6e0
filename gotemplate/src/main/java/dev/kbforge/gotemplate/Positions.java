package dev.kbforge.gotemplate;

/** Text offsets to 1-based line and column. */
final class Positions {
  private Positions() {}

  static int[] lineColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, end - lineStart + 1};
  }
}
