package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./kb} launcher says in one line on stderr that it builds, and nothing when the jar is
 * fresh. Runs the real script in a scratch checkout with a stand-in Maven ({@code MVN}, which
 * "builds" the jar and prints a lot) and a stand-in java ({@code JAVA_HOME}).
 */
class KbLauncherTest {
  @TempDir Path root;

  @Test
  void buildIsAnnouncedInOneLineAndMavenOutputIsHidden() throws Exception {
    LauncherScripts.copyLauncher(root);
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(root.resolve("cli/src/main"));
    Files.createDirectories(root.resolve("cli/src/test"));
    Path mvn =
        script(
            "mvn",
            "echo '[INFO] lots of maven output'\nmkdir -p cli/target\necho jar >"
                + " cli/target/kb.jar\n");
    script("jdk/bin/java", "echo \"ran $*\"\n");

    Result first = run(mvn);
    assertEquals(0, first.status, first.err);
    // short commands run on the serial collector with C1 only (the launcher's start-up choices)
    assertEquals(
        "ran -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "
            + root.resolve("cli/target/kb.jar")
            + " --version\n",
        first.out);
    assertEquals("kb: building kb (first run, about a minute)…\n", first.err);

    Result second = run(mvn);
    assertEquals("", second.err, "a fresh jar is not rebuilt");

    Thread.sleep(1100); // file times have a one-second grain on some file systems
    Files.writeString(root.resolve("cli/src/test/ChangedTest.java"), "class ChangedTest {}\n");
    assertEquals("", run(mvn).err, "a changed test is not in the jar: no rebuild");
    Files.writeString(root.resolve("cli/src/main/Changed.java"), "class Changed {}\n");
    Result third = run(mvn);
    assertTrue(third.err.startsWith("kb: rebuilding kb"), third.err);
    assertEquals(1, third.err.lines().count(), third.err);
  }

  private record Result(int status, String out, String err) {}

  private Result run(Path mvn) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("kb").toString(), "--version");
    builder.environment().put("MVN", mvn.toString());
    builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    Path out = root.resolve("stdout");
    Path err = root.resolve("stderr");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path script(String name, String body) throws IOException {
    return LauncherScripts.script(root, name, body);
  }
}
