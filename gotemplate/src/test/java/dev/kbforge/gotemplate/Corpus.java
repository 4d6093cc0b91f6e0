package dev.kbforge.gotemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differential corpus ({@code corpus.txt}) and its goldens ({@code corpus.golden}, written by
 * the Go reference renderer {@code src/test/go/render.go}). A case is one line: name TAB missingkey
 * TAB values-json TAB template, the template writing a newline as U+23CE and a tab as U+21E5.
 */
final class Corpus {
  static final Path DIR = Path.of("src/test/resources/dev/kbforge/gotemplate");
  static final Path CASES = DIR.resolve("corpus.txt");
  static final Path GOLDEN = DIR.resolve("corpus.golden");

  record Case(String name, String mode, String values, String template) {}

  /** Go's result for a case: kind (ok, parse-error, exec-error) and output (for ok only). */
  record Result(String kind, String output) {}

  private Corpus() {}

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String line : readLines(CASES)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t", 4);
      if (p.length != 4) {
        throw new IllegalStateException("bad corpus line: " + line);
      }
      String template = p[3].replace("\u23ce", "\n").replace("\u21e5", "\t");
      out.add(new Case(p[0], p[1], p[2], template));
    }
    return out;
  }

  static Map<String, Result> parseGolden(byte[] data) {
    Map<String, Result> out = new LinkedHashMap<>();
    int pos = 0;
    while (pos < data.length) {
      int nl = indexOf(data, (byte) '\n', pos);
      String[] header = new String(data, pos, nl - pos, StandardCharsets.UTF_8).split(" ");
      int len = Integer.parseInt(header[3]);
      String output = new String(data, nl + 1, len, StandardCharsets.UTF_8);
      out.put(header[1], new Result(header[2], output));
      pos = nl + 1 + len + 1;
    }
    return out;
  }

  static Map<String, Result> golden() {
    try {
      return parseGolden(Files.readAllBytes(GOLDEN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders a case with the Java engine, as the Go renderer does. */
  static Result renderJava(Case c) {
    try {
      GoTemplate t = GoTemplate.parse("case", c.template(), FunctionMap.sprig());
      Object data = Json.parse(c.values());
      String out =
          t.execute(data, RenderOptions.DEFAULT.withMissingKey(MissingKey.parse(c.mode())));
      return new Result("ok", out);
    } catch (TemplateException e) {
      return new Result(e.isParseTime() ? "parse-error" : "exec-error", "");
    }
  }

  private static int indexOf(byte[] data, byte b, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    throw new IllegalStateException("truncated golden file");
  }

  private static List<String> readLines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
