package dev.kbforge.compiler.api;

import java.util.regex.Pattern;

/**
 * The KubeBlocks release a rendered tree runs with, for the images KubeBlocks itself provides: its
 * tools image ({@code <registry>/apecloud/kubeblocks-tools:<version>}), which carries kbagent.
 *
 * <p>The defaults follow KubeBlocks' own Helm chart at the commit whose API kbforge follows
 * (apecloud/kubeblocks 13138f46, whose nearest release tag is {@value #DEFAULT_VERSION}): the
 * manager's {@code KUBEBLOCKS_TOOLS_IMAGE} is {@code image.registry/image.tools.repository:tag}
 * (deploy/helm/templates/deployment.yaml), with {@code image.registry} defaulting to {@value
 * #DEFAULT_REGISTRY} (deploy/helm/values.yaml). {@code imageRegistry} replaces that registry, as
 * setting {@code image.registry} does.
 *
 * @param version the release, {@code X.Y.Z} or {@code X.Y.Z-pre} (the image tag, without "v")
 * @param imageRegistry the registry host (optionally with a port and a path)
 */
public record KubeBlocksRelease(String version, String imageRegistry) {
  public static final String DEFAULT_VERSION = "1.2.0-alpha.3";
  public static final String DEFAULT_REGISTRY = "apecloud-registry.cn-zhangjiakou.cr.aliyuncs.com";
  public static final String TOOLS_REPOSITORY = "apecloud/kubeblocks-tools";

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");
  private static final Pattern REGISTRY =
      Pattern.compile(
          "[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
              + "(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*");

  public static KubeBlocksRelease defaults() {
    return new KubeBlocksRelease(DEFAULT_VERSION, DEFAULT_REGISTRY);
  }

  /** The tools image, which holds {@code /bin/kbagent}. */
  public String toolsImage() {
    return imageRegistry + "/" + TOOLS_REPOSITORY + ":" + version;
  }

  /** Whether {@code value} is a release version as this record takes it ({@code 1.0.2}). */
  public static boolean isVersion(String value) {
    return value != null && VERSION.matcher(value).matches();
  }

  /** Whether {@code value} is a registry host, with an optional port and path. */
  public static boolean isRegistry(String value) {
    return value != null && value.length() <= 255 && REGISTRY.matcher(value).matches();
  }
}
