package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KbMojoTest {
  private static KbMojo mojo(File basedir) {
    KbMojo mojo =
        new KbMojo() {
          @Override
          public void execute() {}
        };
    mojo.basedir = basedir;
    return mojo;
  }

  @Test
  void pathsOfAProjectAreAbsolute() {
    KbMojo mojo = mojo(new File("/p/addon"));
    assertEquals(
        Path.of("/p/addon/target/kb/gitops"), mojo.path(new File("/p/addon/target/kb/gitops")));
    assertEquals(Path.of("/p/addon/examples"), mojo.path(new File("examples")));
  }

  /** Without a pom.xml Maven has no basedir and leaves "${project.basedir}" in the build dir. */
  @Test
  void withoutAPomTheBuildDirectoryIsUnderTheCurrentFolder() {
    KbMojo mojo = mojo(null);
    Path here = Path.of("").toAbsolutePath();
    assertEquals(here, mojo.basedir());
    assertEquals(
        here.resolve("target/kb/crds"),
        mojo.path(new File(here.toFile(), "${project.basedir}/target/kb/crds")));
  }
}
