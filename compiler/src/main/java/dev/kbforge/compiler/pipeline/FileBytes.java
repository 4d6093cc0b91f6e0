package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.source.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;

/**
 * Reads one input file as UTF-8 text, refusing what must not be read: anything that is not a
 * regular file (a device such as {@code /dev/zero}, a FIFO that would block, a socket), a file over
 * {@link #MAX_BYTES}, and bytes that are not UTF-8 (reported at the first bad byte's line and
 * column, for that file only). The size is checked before opening and again while reading, so a
 * file that grows in between cannot slip past the limit.
 */
final class FileBytes {
  /**
   * Largest YAML or template file read: 16 MiB. The biggest upstream addon file (the rendered
   * charts in the reference data) is under 1 MiB; a file this size already takes seconds to load.
   */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private FileBytes() {}

  /**
   * The file's text, or null with a {@link ReadProblem} given to {@code problems}.
   *
   * @param file the file (links already checked by the caller)
   * @param name the path as diagnostics show it
   */
  static String text(Path file, String name, Consumer<ReadProblem> problems) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      problems.accept(notRegular(name, attributes));
      return null;
    }
    if (attributes.size() > MAX_BYTES) {
      problems.accept(tooLarge(name, attributes.size()));
      return null;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      problems.accept(tooLarge(name, bytes.length));
      return null;
    }
    return decode(bytes, name, problems);
  }

  /** Strict UTF-8: the first malformed byte is a diagnostic at its line and column. */
  static String decode(byte[] bytes, String name, Consumer<ReadProblem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.accept(
          new ReadProblem(
              name,
              Code.KB1033,
              positionOf(out.flip()),
              String.format("byte 0x%02X is not UTF-8", bytes[in.position()] & 0xff),
              "save the file as UTF-8; Kubernetes reads YAML as UTF-8 only"));
      return null;
    }
    decoder.flush(out); // a no-op for UTF-8, kept for the decoder's contract
    return out.flip().toString();
  }

  /** Line and column just after the text decoded so far, where the bad byte starts. */
  private static Position positionOf(CharSequence before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = (int) before.subSequence(lineStart, before.length()).codePoints().count() + 1;
    return new Position(line, column);
  }

  private static ReadProblem notRegular(String name, BasicFileAttributes attributes) {
    String type = attributes.isDirectory() ? "a folder" : "a device, FIFO or socket";
    return new ReadProblem(
        name,
        Code.KB1031,
        Position.UNKNOWN,
        "not a regular file (" + type + "): not read",
        "give the path of a YAML file or of a folder holding them");
  }

  private static ReadProblem tooLarge(String name, long size) {
    return new ReadProblem(
        name,
        Code.KB1032,
        Position.UNKNOWN,
        "file is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes (16 MiB): not read",
        "split it into smaller files");
  }
}
