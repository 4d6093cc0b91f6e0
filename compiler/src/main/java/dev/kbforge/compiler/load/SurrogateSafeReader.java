package dev.kbforge.compiler.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Works around a bug of snakeyaml-engine 3.0.1's StreamReader: it reads into its whole buffer and,
 * when the last character read is the first half of a surrogate pair (an emoji, say, falling on the
 * buffer's end), reads one more character past the buffer's end: an IndexOutOfBoundsException
 * instead of a parse (found by the fuzz suite). This reader never fills a buffer from its start to
 * its very end, so that one more character always fits.
 */
final class SurrogateSafeReader extends FilterReader {
  SurrogateSafeReader(String text) {
    super(new StringReader(text));
  }

  static Reader of(String text) {
    return new SurrogateSafeReader(text);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int room = buffer.length - offset - 1; // keep the last slot free
    return super.read(buffer, offset, Math.max(1, Math.min(length, room)));
  }
}
