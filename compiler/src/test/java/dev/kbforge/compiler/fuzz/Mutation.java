package dev.kbforge.compiler.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The ways the fuzz suite breaks a file (issue 11): edits a contributor makes by mistake (lines
 * deleted, duplicated or re-indented, a value of another type, a cut-off file, CRLF, a BOM) and
 * input made to hurt (unicode that is hard to print or to count, NUL, a 1 MB string, 10,000 levels
 * of nesting, binary garbage). Each takes the file's bytes and a seeded random source.
 */
enum Mutation {
  DELETE_LINE {
    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      lines.remove(random.nextInt(lines.size()));
      return String.join("\n", lines);
    }
  },
  DUPLICATE_LINE {
    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      int at = random.nextInt(lines.size());
      lines.add(at, lines.get(at));
      return String.join("\n", lines);
    }
  },
  REINDENT {
    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int shift = 1 + random.nextInt(3);
      lines.set(
          at,
          random.nextBoolean()
              ? " ".repeat(shift) + line
              : line.substring(Math.min(shift, leadingSpaces(line))));
      return String.join("\n", lines);
    }
  },
  TYPE_SWAP {
    private final String[] values = {
      "true", "[]", "{}", "-1", "\"x\"", "null", "1e400", "~", "[a, {b: c}]", "0x1F", "'", "|"
    };

    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      for (int tries = 0; tries < 20; tries++) {
        int at = random.nextInt(lines.size());
        int colon = lines.get(at).indexOf(": ");
        if (colon > 0) {
          String value = values[random.nextInt(values.length)];
          lines.set(at, lines.get(at).substring(0, colon + 2) + value);
          break;
        }
      }
      return String.join("\n", lines);
    }
  },
  UNICODE {
    private final String[] strange = {
      "\u00e9", "\ud83d\ude00", "\u202e", "\u0301", "\u2028", "\u0085", "\ufeff", "\uffff", "\u200b"
    };

    @Override
    String text(String text, Random random) {
      StringBuilder out = new StringBuilder(text);
      for (int i = 0; i < 1 + random.nextInt(5); i++) {
        out.insert(safeOffset(out, random), strange[random.nextInt(strange.length)]);
      }
      return out.toString();
    }
  },
  NUL {
    @Override
    String text(String text, Random random) {
      StringBuilder out = new StringBuilder(text);
      return out.insert(safeOffset(out, random), '\0').toString();
    }
  },
  HUGE_STRING {
    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int colon = line.indexOf(": ");
      String huge = "x".repeat(1024 * 1024);
      lines.set(at, colon > 0 ? line.substring(0, colon + 2) + huge : line + huge);
      return String.join("\n", lines);
    }
  },
  DEEP_NESTING {
    @Override
    String text(String text, Random random) {
      List<String> lines = lines(text);
      String[] openers = {"[", "{a: ", "- "};
      String opener = openers[random.nextInt(openers.length)];
      lines.add(random.nextInt(lines.size() + 1), "deep: " + opener.repeat(10_000));
      return String.join("\n", lines);
    }
  },
  TRUNCATE {
    @Override
    byte[] bytes(byte[] bytes, Random random) {
      return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }
  },
  BINARY_GARBAGE {
    @Override
    byte[] bytes(byte[] bytes, Random random) {
      byte[] out = bytes.clone();
      int at = out.length == 0 ? 0 : random.nextInt(out.length);
      for (int i = at; i < Math.min(out.length, at + 1 + random.nextInt(64)); i++) {
        out[i] = (byte) random.nextInt(256);
      }
      return out;
    }
  },
  CRLF {
    @Override
    String text(String text, Random random) {
      return text.replace("\n", "\r\n");
    }
  },
  BOM {
    @Override
    String text(String text, Random random) {
      return "\ufeff" + text;
    }
  };

  /** The mutated bytes; the text mutations work on the file as UTF-8. */
  byte[] bytes(byte[] bytes, Random random) {
    return text(new String(bytes, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8);
  }

  String text(String text, Random random) {
    throw new UnsupportedOperationException(name());
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** An offset that does not split a surrogate pair. */
  private static int safeOffset(CharSequence text, Random random) {
    int at = random.nextInt(text.length() + 1);
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }
}
