package dev.kbforge.maven;

import dev.kbforge.compiler.api.KubeBlocksRelease;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code kubeblocksVersion} and {@code imageRegistry} of kb:render; a bad value fails the build.
 */
final class KubeBlocksReleaseParser {
  private KubeBlocksReleaseParser() {}

  static KubeBlocksRelease parse(String version, String registry) throws MojoExecutionException {
    if (!KubeBlocksRelease.isVersion(version)) {
      throw new MojoExecutionException(
          "kb:render: kubeblocksVersion '"
              + version
              + "' is not a KubeBlocks release such as 1.0.2 or 1.2.0-alpha.3");
    }
    if (!KubeBlocksRelease.isRegistry(registry)) {
      throw new MojoExecutionException(
          "kb:render: imageRegistry '" + registry + "' is not an image registry such as docker.io");
    }
    return new KubeBlocksRelease(version, registry);
  }
}
