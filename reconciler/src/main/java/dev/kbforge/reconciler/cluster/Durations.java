package dev.kbforge.reconciler.cluster;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations the way kubectl writes them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 500ms}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

  private Durations() {}

  /** Parses {@code 1h30m}, {@code 5m}, {@code 30s}, {@code 500ms}; a bare number is seconds. */
  public static Duration parse(String text) {
    String t = text.trim();
    if (t.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(t));
    }
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
              });
      end = m.end();
    }
    if (end == 0 || end != t.length()) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "' (use e.g. 30s, 5m, 1h30m)");
    }
    return total;
  }

  /** {@code 5m}, {@code 2s}, {@code 1h30m}, {@code 500ms}. */
  public static String format(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + "ms";
    }
    long s = d.getSeconds();
    StringBuilder text = new StringBuilder();
    if (s >= 3600) {
      text.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      text.append(s % 3600 / 60).append('m');
    }
    if (s % 60 > 0 || text.length() == 0) {
      text.append(s % 60).append('s');
    }
    return text.toString();
  }
}
