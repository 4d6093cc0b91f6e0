package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.KubeBlocksRelease;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class KubeBlocksReleaseParserTest {
  @Test
  void aReleaseAndARegistryMakeTheToolsImage() throws MojoExecutionException {
    KubeBlocksRelease release = KubeBlocksReleaseParser.parse("1.0.2", "docker.io");
    assertEquals("docker.io/apecloud/kubeblocks-tools:1.0.2", release.toolsImage());
    assertEquals(
        KubeBlocksRelease.defaults(),
        KubeBlocksReleaseParser.parse(
            KubeBlocksRelease.DEFAULT_VERSION, KubeBlocksRelease.DEFAULT_REGISTRY));
  }

  @Test
  void badValuesFailWithOneLine() {
    for (String[] bad :
        new String[][] {
          {"v1.0.2", "docker.io"},
          {"1.0", "docker.io"},
          {"1.0.2", "https://docker.io"},
          {"1.0.2", ""}
        }) {
      MojoExecutionException e =
          assertThrows(
              MojoExecutionException.class, () -> KubeBlocksReleaseParser.parse(bad[0], bad[1]));
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }
}
