package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK the AOT cache is made with: a configured one, else the newest 25+ installed. */
class AotCacheBuildTest {
  @TempDir Path jvms;

  @Test
  void picksTheNewestJdkOfAtLeast25() throws IOException {
    jdk("java-17-openjdk-amd64", "17.0.15");
    Path java25 = jdk("temurin-25-jdk-amd64", "25.0.3");
    jdk("broken-26", null);
    assertEquals(Optional.of(java25), AotCacheBuild.findJava(null, jvms));
    Path java26 = jdk("jdk-26", "26-ea");
    assertEquals(Optional.of(java26), AotCacheBuild.findJava(null, jvms));
  }

  @Test
  void noneWithoutAJdk25() throws IOException {
    jdk("java-17-openjdk-amd64", "17.0.15");
    assertEquals(Optional.empty(), AotCacheBuild.findJava(null, jvms));
    assertEquals(Optional.empty(), AotCacheBuild.findJava(null, jvms.resolve("missing")));
  }

  @Test
  void theConfiguredJdkWinsAndEmptyMeansNone() throws IOException {
    jdk("temurin-25-jdk-amd64", "25.0.3");
    Path mine = jdk("mine", "17.0.1");
    assertEquals(Optional.of(mine), AotCacheBuild.findJava(jvms.resolve("mine").toString(), jvms));
    assertEquals(Optional.empty(), AotCacheBuild.findJava("", jvms));
  }

  @Test
  void theSidecarSitsBesideTheCache() {
    assertEquals(Path.of("t/kb.aot.java"), AotCacheBuild.sidecar(Path.of("t/kb.aot")));
  }

  /** A JDK home with bin/java and, unless {@code version} is null, a release file. */
  private Path jdk(String name, String version) throws IOException {
    Path home = jvms.resolve(name);
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (version != null) {
      Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    }
    return java;
  }
}
