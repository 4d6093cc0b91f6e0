package dev.kbforge.compiler.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KubeBlocksReleaseTest {
  @Test
  void theDefaultIsTheChartsToolsImageAtTheFollowedRelease() {
    assertEquals(
        "apecloud-registry.cn-zhangjiakou.cr.aliyuncs.com/apecloud/kubeblocks-tools:1.2.0-alpha.3",
        KubeBlocksRelease.defaults().toolsImage());
    assertEquals(KubeBlocksRelease.defaults(), RenderOptions.defaults().kubeblocks());
  }

  @Test
  void versionsAreImageTagsOfReleases() {
    for (String good : new String[] {"1.0.2", "0.9.5", "1.2.0-alpha.3", "10.20.30-rc.1"}) {
      assertTrue(KubeBlocksRelease.isVersion(good), good);
    }
    for (String bad : new String[] {"v1.0.2", "1.0", "01.0.2", "1.0.2-", "latest", "", null}) {
      assertFalse(KubeBlocksRelease.isVersion(bad), String.valueOf(bad));
    }
  }

  @Test
  void registriesAreHostsWithAnOptionalPortAndPath() {
    for (String good : new String[] {"docker.io", "localhost:5000", "registry.corp/mirror/kb"}) {
      assertTrue(KubeBlocksRelease.isRegistry(good), good);
    }
    for (String bad : new String[] {"https://docker.io", "docker.io/", "", "a b", null}) {
      assertFalse(KubeBlocksRelease.isRegistry(bad), String.valueOf(bad));
    }
  }
}
