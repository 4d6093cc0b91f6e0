package dev.kbforge.cli;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JVM and start-up files the {@code ./kb} launcher picks: the JDK 25 AOT cache (with the java
 * named in kb.aot.java) for short commands when it is fresh, else JDK 17's AppCDS archive when that
 * is fresh, else a plain start; never a failure; and which JIT compilers (C1 alone for short
 * commands and small renders). Runs the real script in a scratch checkout whose jar is up to date,
 * with stand-in javas that print how they were called.
 */
class KbLauncherStartTest {
  private static final Instant JAR_TIME = Instant.parse("2026-01-01T12:00:00Z");

  @TempDir Path root;

  private Path jar;
  private Path archive;
  private Path aot;
  private Path jdk25;

  @BeforeEach
  void checkout() throws IOException {
    LauncherScripts.copyLauncher(root);
    Files.createDirectories(root.resolve("cli/src"));
    Files.createDirectories(root.resolve("cli/target"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    jar = Files.writeString(root.resolve("cli/target/kb.jar"), "jar");
    Path built = Files.writeString(root.resolve("cli/target/kb.jar.built"), "");
    archive = Files.writeString(root.resolve("cli/target/kb.jsa"), "archive");
    aot = Files.writeString(root.resolve("cli/target/kb.aot"), "cache");
    script("jdk17/bin/java", "echo \"jdk17 $*\"\n");
    jdk25 = script("jdk25/bin/java", "echo \"jdk25 $*\"\n");
    Files.writeString(root.resolve("cli/target/kb.aot.java"), jdk25 + "\n");
    age(root.resolve("pom.xml"), -100);
    age(root.resolve("cli/src"), -100);
    age(jdk25, -1000);
    age(jar, 0);
    age(built, 0);
    age(archive, 10);
    age(aot, 10);
  }

  @Test
  void shortCommandsRunOnTheJdkOfAFreshAotCache() throws Exception {
    assertEquals(
        "jdk25 -XX:AOTCache="
            + aot
            + " -Xlog:aot=off -Xlog:cds=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "
            + jar
            + " validate x\n",
        run("validate", "x"));
  }

  @Test
  void longCommandsKeepJdk17AndItsArchive() throws Exception {
    Path big = sized("fleet/clusters.yaml", 5L << 20);
    assertEquals(
        "jdk17 -XX:SharedArchiveFile="
            + archive
            + " -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -jar "
            + jar
            + " render "
            + big
            + "\n",
        run("render", big.toString()));
    assertTrue(run("bench", "render", "x").contains(" -XX:+UseSerialGC -jar "), "bench: both JITs");
  }

  /**
   * A render of a few MB of input ends before C2 pays back, so it runs on C1 alone like a short
   * command (but on JDK 17 with the archive). What counts is the YAML kb would read under the path
   * arguments: not other files, dot-folders, target/ or the --out folder (the previous tree),
   * wherever it is.
   */
  @Test
  void aSmallRenderRunsOnC1Alone() throws Exception {
    Path small = sized("addon/cluster.yaml", 2_000);
    sized("addon/more/cluster.yaml", 3L << 20);
    Path out = root.resolve("out");
    sized("out/big-previous-tree.yaml", 50L << 20);
    String c1 =
        "jdk17 -XX:SharedArchiveFile="
            + archive
            + " -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "
            + jar
            + " render ";
    assertEquals(c1 + small + "\n", run("render", small.toString()));
    assertEquals(
        c1 + small.getParent() + " --out " + out + "\n",
        run("render", small.getParent().toString(), "--out", out.toString()));
    assertEquals(
        c1 + small + " -o " + out + "\n", run("render", small.toString(), "-o", out.toString()));
    // what kb does not read does not count: other files, dot-folders, target/, the --out folder
    sized("addon/image.tar", 50L << 20);
    sized("addon/.git/objects/pack.yaml", 50L << 20);
    sized("addon/target/copy.yaml", 50L << 20);
    Path inner = root.resolve("addon/gitops");
    sized("addon/gitops/previous.yaml", 50L << 20);
    assertEquals(
        c1 + small.getParent() + " --out=" + inner + "\n",
        run("render", small.getParent().toString(), "--out=" + inner));
    sized("addon/even-more/cluster.yml", 2L << 20); // the YAML now holds over 4 MiB
    assertTrue(
        run("render", small.getParent().toString()).contains("-XX:+UseSerialGC -jar "),
        "over 4 MiB of input: both JITs");
  }

  @Test
  void aStaleOrUnusableAotCacheFallsBackToTheArchive() throws Exception {
    String archived =
        "jdk17 -XX:SharedArchiveFile="
            + archive
            + " -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -jar "
            + jar
            + " validate x\n";
    age(aot, -5); // older than the jar
    assertEquals(archived, run("validate", "x"));
    age(aot, 10);
    age(jdk25, 20); // the JDK was updated after the cache was made
    assertEquals(archived, run("validate", "x"));
    age(jdk25, -1000);
    Files.writeString(root.resolve("cli/target/kb.aot.java"), root.resolve("gone/bin/java") + "\n");
    assertEquals(archived, run("validate", "x"));
    Files.delete(root.resolve("cli/target/kb.aot.java"));
    assertEquals(archived, run("validate", "x"));
  }

  /** A bare version request loads next to nothing: JDK 17 starts it sooner than JDK 25 maps. */
  @Test
  void aBareVersionRequestKeepsJdk17() throws Exception {
    for (String flag : new String[] {"--version", "-V"}) {
      assertEquals(
          "jdk17 -XX:SharedArchiveFile="
              + archive
              + " -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
              + " -jar "
              + jar
              + " "
              + flag
              + "\n",
          run(flag));
    }
    assertTrue(run("--version", "extra").startsWith("jdk25 "), "not a bare request");
  }

  @Test
  void withoutEitherItStartsPlain() throws Exception {
    Files.delete(aot);
    Files.delete(archive);
    assertEquals(
        "jdk17 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar " + jar + " --version\n",
        run("--version"));
  }

  private String run(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = root.resolve("kb").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", root.resolve("jdk17").toString());
    builder.environment().remove("KB_JAVA_OPTS");
    Path out = root.resolve("stdout");
    Path err = root.resolve("stderr");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), stderr);
    assertEquals("", stderr, "no build, no warning");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** A file of {@code bytes} (sparse: du's apparent size is what counts). */
  private Path sized(String name, long bytes) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    try (FileChannel channel = FileChannel.open(file, CREATE, WRITE)) {
      channel.truncate(0);
      channel.position(bytes - 1).write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    return file;
  }

  private static void age(Path file, long seconds) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(JAR_TIME.plusSeconds(seconds)));
  }

  private Path script(String name, String body) throws IOException {
    return LauncherScripts.script(root, name, body);
  }
}
