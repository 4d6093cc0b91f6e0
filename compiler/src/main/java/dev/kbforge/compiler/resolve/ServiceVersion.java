package dev.kbforge.compiler.resolve;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service version as KubeBlocks compares them. Parsing is lenient in the way of Masterminds
 * semver: an optional {@code v}, and a missing minor or patch counts as 0 ({@code 8.0} is {@code
 * 8.0.0}). Build metadata is ignored.
 */
public record ServiceVersion(BigInteger major, BigInteger minor, BigInteger patch, String pre)
    implements Comparable<ServiceVersion> {

  private static final Pattern SEMVER =
      Pattern.compile(
          "v?([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?"
              + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
              + "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

  /** Orders version strings by semver, unparsable ones first, ties by text (deterministic). */
  public static final Comparator<String> TEXT_ORDER =
      (a, b) -> {
        Optional<ServiceVersion> va = parse(a);
        Optional<ServiceVersion> vb = parse(b);
        if (va.isPresent() && vb.isPresent()) {
          int c = va.get().compareTo(vb.get());
          return c != 0 ? c : a.compareTo(b);
        }
        if (va.isPresent() != vb.isPresent()) {
          return va.isPresent() ? 1 : -1;
        }
        return a.compareTo(b);
      };

  public static Optional<ServiceVersion> parse(String text) {
    Matcher m = SEMVER.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ServiceVersion(
            number(m.group(1)), number(m.group(2)), number(m.group(3)), nullToEmpty(m.group(4))));
  }

  /**
   * KubeBlocks' {@code CompareServiceVersion(required, provided)}: an empty requirement matches
   * anything; otherwise major.minor.patch must be equal, and the pre-release too when the
   * requirement has one. Unparsable versions match nothing.
   */
  public static boolean matches(String required, String provided) {
    if (required.isEmpty()) {
      return true;
    }
    Optional<ServiceVersion> r = parse(required);
    Optional<ServiceVersion> p = parse(provided);
    if (r.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (!r.get().core().equals(p.get().core())) {
      return false;
    }
    return r.get().pre.isEmpty() || r.get().pre.equals(p.get().pre);
  }

  private ServiceVersion core() {
    return new ServiceVersion(major, minor, patch, "");
  }

  @Override
  public int compareTo(ServiceVersion o) {
    int c = major.compareTo(o.major);
    if (c == 0) {
      c = minor.compareTo(o.minor);
    }
    if (c == 0) {
      c = patch.compareTo(o.patch);
    }
    return c != 0 ? c : comparePre(pre, o.pre);
  }

  /** Semver precedence of pre-releases: none is highest; numeric identifiers sort numerically. */
  private static int comparePre(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1);
    }
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = compareIdentifier(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  private static int compareIdentifier(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit);
    boolean nb = b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
