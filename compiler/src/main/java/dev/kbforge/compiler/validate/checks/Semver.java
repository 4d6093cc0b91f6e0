package dev.kbforge.compiler.validate.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a serviceVersion parses the way KubeBlocks parses it: {@code version.ParseSemantic} of
 * Kubernetes' apimachinery, which KubeBlocks' definition controllers and its version comparison
 * both call. That parser wants exactly major.minor.patch (an optional leading {@code v} and
 * surrounding blanks are tolerated), no leading zeros in numeric parts, and optional {@code
 * -prerelease} and {@code +build} parts of dot-separated {@code [0-9A-Za-z-]} identifiers.
 */
final class Semver {
  private static final Pattern VERSION =
      Pattern.compile("^\\s*v?([0-9]+(?:\\.[0-9]+)*)(.*)$", Pattern.DOTALL);
  private static final Pattern EXTRA =
      Pattern.compile(
          "^(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?\\s*$");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private Semver() {}

  /** Why the version does not parse, or empty when it does. */
  static Optional<String> problem(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return Optional.of("it does not start with a version number");
    }
    String[] parts = m.group(1).split("\\.");
    if (parts.length != 3) {
      return Optional.of("it has " + parts.length + " numeric part(s), not major.minor.patch");
    }
    for (String part : parts) {
      if (leadingZero(part)) {
        return Optional.of("'" + part + "' has a leading zero");
      }
      if (part.length() > 19) {
        return Optional.of("'" + part + "' is too large");
      }
    }
    Matcher extra = EXTRA.matcher(m.group(2));
    if (!extra.matches()) {
      return Optional.of("'" + m.group(2) + "' is not a valid pre-release or build suffix");
    }
    if (extra.group(1) != null) {
      for (String id : extra.group(1).split("\\.")) {
        if (NUMBER.matcher(id).matches() && leadingZero(id)) {
          return Optional.of("pre-release part '" + id + "' has a leading zero");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean leadingZero(String number) {
    return number.length() > 1 && number.charAt(0) == '0';
  }
}
