package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.InputException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class KbMojoTest {
  private static KbMojo mojo(File basedir) {
    return mojo(basedir, () -> {});
  }

  private static KbMojo mojo(File basedir, Runnable goal) {
    KbMojo mojo =
        new KbMojo() {
          @Override
          void run() {
            goal.run();
          }
        };
    mojo.basedir = basedir;
    return mojo;
  }

  /** Whatever escapes a goal fails the build in one line; input problems are not called bugs. */
  @Test
  void theGuardTurnsAnyThrowableIntoOneLine() {
    for (Throwable bug :
        List.of(
            new OutOfMemoryError("Java heap space"),
            new StackOverflowError(),
            new NullPointerException("x\ny"))) {
      MojoExecutionException failure =
          assertThrows(
              MojoExecutionException.class,
              () ->
                  mojo(
                          null,
                          () -> {
                            throw sneaky(bug);
                          })
                      .execute());
      assertTrue(failure.getMessage().startsWith("kb: internal error: "), failure.getMessage());
      assertTrue(failure.getMessage().contains("please report it"), failure.getMessage());
      assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
      assertSame(bug, failure.getCause()); // shown by Maven only with -e
    }
    MojoExecutionException input =
        assertThrows(
            MojoExecutionException.class,
            () ->
                mojo(
                        null,
                        () -> {
                          throw new InputException("no such file or directory: x");
                        })
                    .execute());
    assertEquals("kb: no such file or directory: x", input.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
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
