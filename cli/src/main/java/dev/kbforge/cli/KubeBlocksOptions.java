package dev.kbforge.cli;

import dev.kbforge.compiler.api.KubeBlocksRelease;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --kubeblocks-version} and {@code --image-registry} of {@code kb render}: the KubeBlocks
 * release whose tools image (with kbagent) the rendered pods use.
 */
final class KubeBlocksOptions {
  @Option(
      names = "--kubeblocks-version",
      defaultValue = KubeBlocksRelease.DEFAULT_VERSION,
      paramLabel = "X.Y.Z",
      converter = VersionConverter.class,
      description =
          "The KubeBlocks release whose tools image carries kbagent, the sidecar that runs the"
              + " lifecycle actions and probes (default: ${DEFAULT-VALUE}, the release whose API"
              + " kbforge follows).")
  String version;

  @Option(
      names = "--image-registry",
      defaultValue = KubeBlocksRelease.DEFAULT_REGISTRY,
      paramLabel = "REGISTRY",
      converter = RegistryConverter.class,
      description =
          "The registry of the tools image, as KubeBlocks' image.registry setting (default:"
              + " ${DEFAULT-VALUE}, KubeBlocks' chart default; docker.io has the same images).")
  String registry;

  KubeBlocksRelease release() {
    return new KubeBlocksRelease(version, registry);
  }

  static final class VersionConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!KubeBlocksRelease.isVersion(value)) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a KubeBlocks release such as 1.0.2 or 1.2.0-alpha.3");
      }
      return value;
    }
  }

  static final class RegistryConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!KubeBlocksRelease.isRegistry(value)) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not an image registry such as docker.io or registry.corp:5000/mirror");
      }
      return value;
    }
  }
}
