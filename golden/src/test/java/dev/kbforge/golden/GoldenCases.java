package dev.kbforge.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds golden case folders: {@code golden/cases/<suite>/<case>/{input/,expected/}}. */
final class GoldenCases {
  private GoldenCases() {}

  /** The module's cases folder (surefire runs with the module as working directory). */
  static Path root() {
    return Path.of("cases").toAbsolutePath();
  }

  /** Every case folder of a suite, sorted by name. */
  static List<Path> of(String suite) {
    Path dir = root().resolve(suite);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code -Dgolden.update=true} asks to rewrite the expected files. */
  static boolean update() {
    return Boolean.getBoolean("golden.update");
  }
}
