package dev.kbforge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes kb's JDK 25 AOT cache (JEP 483, 514, 515) at build time, when a JDK 25 or newer is
 * installed: cli/pom.xml runs it after the jar is shaded. The cache holds the classes {@link
 * ArchiveTraining} loads, already linked, and picocli's too (JDK 17's archive cannot hold its old
 * class files), so a short {@code kb} command starts markedly faster on that JDK than on JDK 17
 * with the AppCDS archive. Beside the cache it writes {@code <cache>.java}, the path of the java
 * that made it (and alone can map it), which the {@code ./kb} launcher reads. Never fails the
 * build: without a JDK 25, or when the training or the check fails, it says so in one line and
 * leaves no cache, and the launcher starts kb on JDK 17 as before.
 *
 * <p>Arguments: the jar, an addon folder for the training, a scratch folder, the cache file. The
 * JDK is {@code KB_AOT_JDK} when set (empty: none), else the newest JDK 25+ under /usr/lib/jvm.
 */
public final class AotCacheBuild {
  /** The JVM options the cache is made and used with (the launcher's, for short commands). */
  static final List<String> OPTIONS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:aot=off", "-Xlog:cds=off");

  private static final int MIN_FEATURE = 25;

  private AotCacheBuild() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    Path addon = Path.of(args[1]);
    Path scratch = Path.of(args[2]);
    Path cache = Path.of(args[3]);
    Path sidecar = sidecar(cache);
    Files.deleteIfExists(cache);
    Files.deleteIfExists(sidecar);
    Optional<Path> java = findJava(System.getenv("KB_AOT_JDK"), Path.of("/usr/lib/jvm"));
    if (java.isEmpty()) {
      System.out.println("kb AOT cache: no JDK " + MIN_FEATURE + "+ found; skipped");
      return;
    }
    List<String> train = new ArrayList<>(List.of(java.get().toString()));
    train.add("-XX:AOTCacheOutput=" + cache);
    train.addAll(OPTIONS);
    train.addAll(List.of("-cp", jar.toString(), ArchiveTraining.class.getName(), addon.toString()));
    train.add(scratch.toString());
    // the check: the cache must map (AOTMode=on fails the start otherwise) and kb must answer
    List<String> check = new ArrayList<>(List.of(java.get().toString()));
    check.add("-XX:AOTCache=" + cache);
    check.add("-XX:AOTMode=on");
    check.addAll(OPTIONS);
    check.addAll(List.of("-jar", jar.toString(), "--version"));
    if (run(train) && Files.isRegularFile(cache) && run(check)) {
      Files.writeString(sidecar, java.get() + "\n", StandardCharsets.UTF_8);
      System.out.println("kb AOT cache: " + cache + " for " + java.get());
    } else {
      Files.deleteIfExists(cache);
      System.out.println("kb AOT cache: the training with " + java.get() + " failed; skipped");
    }
  }

  /** Where the path of the cache's java is written. */
  static Path sidecar(Path cache) {
    return cache.resolveSibling(cache.getFileName() + ".java");
  }

  /**
   * {@code configured}'s bin/java when set (none when empty), else the newest JDK of at least
   * version 25 under {@code jvms}, by the {@code JAVA_VERSION} of its {@code release} file.
   */
  static Optional<Path> findJava(String configured, Path jvms) throws IOException {
    if (configured != null) {
      return configured.isBlank() ? Optional.empty() : javaOf(Path.of(configured));
    }
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> feature(home) >= MIN_FEATURE)
          .max(Comparator.comparingInt(AotCacheBuild::feature).thenComparing(Path::toString))
          .flatMap(AotCacheBuild::javaOf);
    }
  }

  private static Optional<Path> javaOf(Path home) {
    Path java = home.resolve("bin").resolve("java");
    return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
  }

  /** The feature version in a JDK's release file ({@code JAVA_VERSION="25.0.3"}), else 0. */
  static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0; // not a JDK we can tell: not used
    }
    return 0;
  }

  /** Runs {@code command}; its output is shown only when it fails (the JVM's notes are noise). */
  private static boolean run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("kb-aot", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean ok = process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0;
      if (!ok) {
        process.destroyForcibly();
        System.out.print(Files.readString(log, StandardCharsets.UTF_8));
      }
      return ok;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
