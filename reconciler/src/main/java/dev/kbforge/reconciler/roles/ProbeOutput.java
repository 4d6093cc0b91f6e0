package dev.kbforge.reconciler.roles;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * What a roleProbe printed, read as KubeBlocks reads it: {@code <role>} or {@code <role> <version>}
 * (an unsigned 64-bit number that orders reports), the role lower-cased; anything else is not an
 * answer.
 */
public sealed interface ProbeOutput {
  /**
   * An answer: a role, which the component may or may not define, and the version printed with it
   * (empty when none was).
   */
  record Role(String name, OptionalLong version) implements ProbeOutput {
    /** Orders reports: no version before any version, versions as unsigned numbers. */
    public static int compareVersions(Role a, Role b) {
      if (a.version.isEmpty() || b.version.isEmpty()) {
        return Boolean.compare(a.version.isPresent(), b.version.isPresent());
      }
      return Long.compareUnsigned(a.version.getAsLong(), b.version.getAsLong());
    }
  }

  /** Not an answer; {@code why} says what was wrong. */
  record Invalid(String why) implements ProbeOutput {}

  static ProbeOutput parse(String output) {
    String text = output.strip();
    if (text.isEmpty()) {
      return new Invalid("printed nothing");
    }
    String[] tokens = text.split("\\s+");
    if (tokens.length > 2) {
      return new Invalid("printed '" + shorten(text) + "', not '<role>' or '<role> <version>'");
    }
    String role = tokens[0].toLowerCase(Locale.ROOT);
    if (tokens.length == 1) {
      return new Role(role, OptionalLong.empty());
    }
    try {
      return new Role(role, OptionalLong.of(Long.parseUnsignedLong(tokens[1])));
    } catch (NumberFormatException e) {
      return new Invalid("printed version '" + shorten(tokens[1]) + "', not a number");
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
