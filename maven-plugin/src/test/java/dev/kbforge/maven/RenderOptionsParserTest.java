package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RenderOptionsParserTest {
  @Test
  void valuesAreSpelledAsOnTheCommandLineInAnyCase() throws MojoExecutionException {
    RenderOptions options =
        RenderOptionsParser.parse("StatefulSet", "external-secrets", "corp.local", " 1.26 ");
    assertEquals(
        new RenderOptions(
            Target.STATEFULSET, SecretsMode.EXTERNAL_SECRETS, "corp.local", new KubeVersion(1, 26)),
        options);
    assertEquals(
        RenderOptions.defaults(),
        RenderOptionsParser.parse(
            "instanceset",
            "apply",
            RenderOptions.DEFAULT_CLUSTER_DOMAIN,
            KubeVersion.DEFAULT_TEXT));
  }

  @Test
  void badValuesFailWithOneLine() {
    for (String[] bad :
        new String[][] {
          {"deployment", "apply", "cluster.local", "1.30"},
          {"instanceset", "vault", "cluster.local", "1.30"},
          {"instanceset", "apply", "Cluster_Local", "1.30"},
          {"instanceset", "apply", "", "1.30"},
          {"instanceset", "apply", "cluster.local", "1"},
          {"instanceset", "apply", "cluster.local", "v1.x"},
          {"instanceset", "apply", "cluster.local", "abc"},
          {"instanceset", "apply", "cluster.local", "1.19"}
        }) {
      MojoExecutionException e =
          assertThrows(
              MojoExecutionException.class,
              () -> RenderOptionsParser.parse(bad[0], bad[1], bad[2], bad[3]));
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void theTreeMayNotBeReadAsSources() {
    Path project = Path.of("/p/addon");
    assertDoesNotThrow(
        () -> RenderOptionsParser.checkOutside(project, project.resolve("target/kb/gitops")));
    assertDoesNotThrow(() -> RenderOptionsParser.checkOutside(project, project.resolve(".out")));
    assertDoesNotThrow(() -> RenderOptionsParser.checkOutside(project, Path.of("/p/gitops")));
    assertThrows(
        MojoExecutionException.class,
        () -> RenderOptionsParser.checkOutside(project, project.resolve("gitops")));
    assertThrows(
        MojoExecutionException.class, () -> RenderOptionsParser.checkOutside(project, project));
  }
}
