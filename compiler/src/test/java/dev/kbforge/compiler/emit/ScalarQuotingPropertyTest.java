package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.read;
import static dev.kbforge.compiler.emit.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: any string, written as a value and as a key, reads back as the same string. Strings
 * come from a seeded generator (same strings every run, so a failure is reproducible) mixing
 * YAML-hostile characters, all of the Basic Multilingual Plane and risky whole words.
 */
class ScalarQuotingPropertyTest {
  private static final int TRIES = 4000;

  /** Characters that YAML gives a meaning to, digits and the letters of true/yes/null/0x1e3... */
  private static final String HOSTILE =
      " \t\n\r:#-?&*!|>'\"%@`{}[],.+_~<=0123456789eExXoObBtTrRuUfFaAlLsSyYnNiI\u0085\u2028\uFEFF";

  private static final List<String> WORDS =
      List.of("true", "no", "on", "~", "null", "0555", "1_0", ".inf", "a: b", "x #y", "\n", "- ");

  static String generate(Random random) {
    int length = random.nextInt(16);
    StringBuilder out = new StringBuilder();
    switch (random.nextInt(3)) {
      case 0 -> {
        for (int i = 0; i < length; i++) {
          out.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
        }
      }
      case 1 -> {
        for (int i = 0; i < length; i++) {
          out.appendCodePoint(bmpCodePoint(random));
        }
      }
      default -> {
        for (int i = random.nextInt(4); i > 0; i--) {
          out.append(WORDS.get(random.nextInt(WORDS.size())));
        }
      }
    }
    return out.toString();
  }

  /** Any BMP code point except surrogates (which alone are not text) and U+FFFE/U+FFFF. */
  private static int bmpCodePoint(Random random) {
    int c = random.nextInt(0xD800 + (0xFFFE - 0xE000));
    return c < 0xD800 ? c : c - 0xD800 + 0xE000;
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L})
  void valueReadsBackUnchanged(long seed) {
    check(
        seed,
        value -> {
          ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
          object.putObject("data").put("k", value);
          return ManifestWriter.write(object);
        },
        (value, back) ->
            back.at("/data/k").isString() ? back.at("/data/k").asString() : back.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {4L, 5L, 6L})
  void keyReadsBackUnchanged(long seed) {
    check(
        seed,
        key -> {
          ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
          object.putObject("data").put(key, "v");
          return ManifestWriter.write(object);
        },
        (key, back) -> String.join("|", List.copyOf(back.path("data").propertyNames())));
  }

  private static void check(
      long seed,
      Function<String, byte[]> write,
      java.util.function.BiFunction<String, JsonNode, String> readBack) {
    Random random = new Random(seed);
    for (int i = 0; i < TRIES; i++) {
      String input = generate(random);
      byte[] yaml = write.apply(input);
      int n = i;
      JsonNode doc;
      try {
        doc = read(yaml);
      } catch (AssertionError e) {
        throw new AssertionError(
            "try " + n + ", input " + escape(input) + ": " + e.getMessage(), e);
      }
      String back = readBack.apply(input, doc);
      assertEquals(input, back, () -> "try " + n + ", input " + escape(input) + ":\n" + text(yaml));
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
    return out.append('"').toString();
  }
}
