package dev.kbforge.maven;

import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The render parameters as the compiler takes them; a bad value fails the build with one line
 * naming the valid ones. Spelled as on the command line: {@code instanceset}, {@code
 * external-secrets}, in any case.
 */
final class RenderOptionsParser {
  private static final String LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
  private static final Pattern DOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

  private RenderOptionsParser() {}

  static RenderOptions parse(
      String target, String secrets, String clusterDomain, String kubeVersion)
      throws MojoExecutionException {
    return new RenderOptions(
        target(target), secrets(secrets), domain(clusterDomain), kubeVersion(kubeVersion));
  }

  /** MAJOR.MINOR, e.g. 1.26, from {@link KubeVersion#MINIMUM} on. */
  static KubeVersion kubeVersion(String value) throws MojoExecutionException {
    try {
      return KubeVersion.parse(value);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("kb:render: kubeVersion " + e.getMessage());
    }
  }

  static Target target(String value) throws MojoExecutionException {
    for (Target t : Target.values()) {
      if (t.name().equalsIgnoreCase(value.trim())) {
        return t;
      }
    }
    throw new MojoExecutionException(
        "kb:render: unknown target '" + value + "' (valid: instanceset, statefulset, kubeblocks)");
  }

  static SecretsMode secrets(String value) throws MojoExecutionException {
    for (SecretsMode mode : SecretsMode.values()) {
      if (label(mode).equals(value.trim().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new MojoExecutionException(
        "kb:render: unknown secrets mode '" + value + "' (valid: apply, external-secrets)");
  }

  static String domain(String value) throws MojoExecutionException {
    if (value.length() > 253 || !DOMAIN.matcher(value).matches()) {
      throw new MojoExecutionException(
          "kb:render: clusterDomain '" + value + "' is not a DNS domain such as cluster.local");
    }
    return value;
  }

  /**
   * Refuses an output folder inside the sources (other than under target/ or a dot-folder): the
   * next run would read the rendered objects as sources.
   */
  static void checkOutside(Path sources, Path out) throws MojoExecutionException {
    if (!out.startsWith(sources) || out.equals(sources)) {
      if (out.equals(sources)) {
        throw new MojoExecutionException("kb:render: outputDirectory is the sourceDirectory");
      }
      return;
    }
    for (Path part : sources.relativize(out)) {
      String name = part.toString();
      if (name.equals("target") || name.startsWith(".")) {
        return;
      }
    }
    throw new MojoExecutionException(
        "kb:render: outputDirectory "
            + out
            + " is inside sourceDirectory and would be read as sources; put it under target/ or"
            + " outside "
            + sources);
  }

  static String label(SecretsMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
