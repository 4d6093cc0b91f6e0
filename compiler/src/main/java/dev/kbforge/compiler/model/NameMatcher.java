package dev.kbforge.compiler.model;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * KubeBlocks' rules for definition references: a pattern matches a name when the name starts with
 * it (or equals it, for {@link #exactOrRegex}), or when the pattern holds regex metacharacters,
 * compiles, and the regex finds a match in the name (Go's {@code MatchString} is unanchored).
 */
public final class NameMatcher {
  private static final String META = "\\.+*?()|[]{}^$";

  private NameMatcher() {}

  /** KubeBlocks' {@code PrefixOrRegexMatched}. */
  public static boolean prefixOrRegex(String name, String pattern) {
    return name.startsWith(pattern) || regexMatches(name, pattern);
  }

  /** KubeBlocks' {@code DefNameMatched}: exact name or regex. */
  public static boolean exactOrRegex(String name, String pattern) {
    return name.equals(pattern) || regexMatches(name, pattern);
  }

  /** Whether the pattern has characters Go's {@code regexp.QuoteMeta} would escape. */
  public static boolean isRegex(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if (META.indexOf(pattern.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The compile error of a pattern, or empty when it compiles. */
  public static Optional<String> compileError(String pattern) {
    try {
      Pattern.compile(pattern);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(e.getDescription());
    }
  }

  private static boolean regexMatches(String name, String pattern) {
    if (!isRegex(pattern)) {
      return false;
    }
    try {
      return Pattern.compile(pattern).matcher(name).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
