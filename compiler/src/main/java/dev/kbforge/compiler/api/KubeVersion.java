package dev.kbforge.compiler.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes release a render targets, {@code MAJOR.MINOR} (e.g. {@code 1.30}): objects get the
 * API versions that release serves, and fields it lacks are refused (docs/kube-versions.md).
 *
 * @param major always 1 (Kubernetes has had no other major version)
 * @param minor the minor release
 */
public record KubeVersion(int major, int minor) implements Comparable<KubeVersion> {
  /**
   * The oldest release kbforge renders for: the oldest KubeBlocks itself installs on (its Helm
   * chart's {@code kubeVersion: '>=1.20.0-0'}, deploy/helm/Chart.yaml in KubeBlocks).
   */
  public static final KubeVersion MINIMUM = new KubeVersion(1, 20);

  /** {@link #MINIMUM} as text, for annotations and help texts that need a constant. */
  public static final String MINIMUM_TEXT = "1.20";

  /**
   * The default: Kubernetes 1.35 (December 2025), the newest release whose API facts the table in
   * docs/kube-versions.md was checked against, and still within upstream support in late 2026.
   */
  public static final KubeVersion DEFAULT = new KubeVersion(1, 35);

  /** {@link #DEFAULT} as text, for annotations and help texts that need a constant. */
  public static final String DEFAULT_TEXT = "1.35";

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  public KubeVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("negative version " + major + "." + minor);
    }
  }

  /**
   * Reads {@code MAJOR.MINOR}, e.g. {@code 1.26}.
   *
   * @throws IllegalArgumentException with a message for the user when the text is not of that form,
   *     names a major version other than 1, or a release older than {@link #MINIMUM}
   */
  public static KubeVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      String bare = text == null ? "" : text.strip().replaceFirst("^[vV]", "");
      String instead =
          FORM.matcher(bare).matches() && !bare.equals(text.strip()) ? " (write " + bare + ")" : "";
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a Kubernetes version: expected MAJOR.MINOR, e.g. "
              + DEFAULT
              + instead);
    }
    KubeVersion version =
        new KubeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (version.major != 1) {
      throw new IllegalArgumentException(
          "Kubernetes "
              + version
              + " is not a release kbforge knows: Kubernetes versions are 1.x, e.g. "
              + DEFAULT);
    }
    if (version.compareTo(MINIMUM) < 0) {
      throw new IllegalArgumentException(
          "Kubernetes "
              + version
              + " is not supported: kbforge renders for "
              + MINIMUM
              + " and later, as KubeBlocks does");
    }
    return version;
  }

  /** Whether this release is {@code other} or newer. */
  public boolean atLeast(KubeVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(KubeVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
