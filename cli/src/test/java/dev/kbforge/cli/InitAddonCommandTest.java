package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitAddonCommandTest {
  @TempDir Path dir;

  @Test
  void theNewProjectValidatesWithoutFindings() {
    Path project = dir.resolve("mydb");
    Run init = Run.of("init", "addon", "mydb", "--dir", project.toString());
    assertEquals(0, init.status(), init.err());

    Run validate = Run.of("validate", "--strict", project.toString());
    assertEquals(0, validate.status(), validate.out());
    ValidateResult result = Kbforge.create().validate(new ValidateRequest(List.of(project), true));
    assertEquals(List.of(), result.diagnostics(), validate.out());
    assertEquals(5, result.documents(), "addon, cd, cmpd, cmpv, cluster: " + validate.out());
  }

  @Test
  void theNewProjectRendersItsExampleWithTheConfigTemplate() throws IOException {
    Path project = dir.resolve("mydb");
    assertEquals(0, Run.of("init", "addon", "mydb", "--dir", project.toString()).status());
    Path out = dir.resolve("out");

    Run render = Run.of("render", "--strict", project.toString(), "--out", out.toString());
    assertEquals(0, render.status(), render.out() + render.err());
    Path cluster = out.resolve("default/mydb-example");
    assertTrue(Files.isRegularFile(cluster.resolve("instanceset-mydb-example-mydb.yaml")));
    String config =
        Files.readString(cluster.resolve("configmap-mydb-example-mydb-mydb-config.yaml"));
    assertTrue(config.contains("mydb-example-mydb (cluster mydb-example"), config);
  }

  @Test
  void theProjectHasTheAddonLayoutAndUsesThisVersionOfThePlugin() throws IOException {
    Path project = dir.resolve("p");
    assertEquals(0, Run.of("init", "addon", "my-db", "--dir", project.toString()).status());
    for (String file :
        List.of(
            "pom.xml",
            ".gitignore",
            "README.md",
            "addon.yaml",
            "definitions/clusterdefinition.yaml",
            "definitions/cmpd-my-db.yaml",
            "definitions/cmpv-my-db.yaml",
            "templates/my-db-config/my-db.conf.peb",
            "examples/cluster.yaml")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file);
    }
    String pom = Files.readString(project.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>kb-maven-plugin</artifactId>"), pom);
    assertTrue(
        pom.contains("<kbforge.version>" + Kbforge.create().version() + "</kbforge.version>"), pom);
    assertTrue(pom.contains("<version>${kbforge.version}</version>"), "kept verbatim: " + pom);
    String template = Files.readString(project.resolve("templates/my-db-config/my-db.conf.peb"));
    assertTrue(template.contains("{{ component.fullName }}"), "kept verbatim: " + template);
  }

  @Test
  void withoutDirTheProjectGoesToAFolderNamedLikeTheAddon() {
    // runs in the module folder (surefire's working directory): never touch a folder it did not
    // make
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("mydb")));
    Run init = Run.of("init", "addon", "mydb");
    try {
      assertEquals(0, init.status(), init.err());
      assertTrue(Files.isRegularFile(Path.of("mydb", "addon.yaml")));
    } finally {
      deleteTree(Path.of("mydb"));
    }
  }

  @Test
  void anEmptyFolderIsUsed() throws IOException {
    Path project = Files.createDirectory(dir.resolve("empty"));
    assertEquals(0, Run.of("init", "addon", "mydb", "--dir", project.toString()).status());
    assertTrue(Files.isRegularFile(project.resolve("pom.xml")));
  }

  @Test
  void aNonEmptyFolderIsRefusedAndLeftAlone() throws IOException {
    Path project = Files.createDirectory(dir.resolve("busy"));
    Files.writeString(project.resolve("pom.xml"), "mine");
    Run init = Run.of("init", "addon", "mydb", "--dir", project.toString());
    assertEquals(2, init.status());
    assertEquals(1, init.err().strip().lines().count(), init.err());
    assertEquals("mine", Files.readString(project.resolve("pom.xml")));
    try (var entries = Files.list(project)) {
      assertEquals(1, entries.count());
    }
  }

  @Test
  void aFileInTheWayIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Run init = Run.of("init", "addon", "mydb", "--dir", file.toString());
    assertEquals(2, init.status());
    assertFalse(init.printedStackTrace(), init.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MyDb", "1db", "my_db", "db-", "a-name-longer-than-22ch", ""})
  void aBadNameIsAUsageError(String name) {
    Run init = Run.of("init", "addon", name, "--dir", dir.resolve("x").toString());
    assertEquals(2, init.status(), init.err());
    assertEquals(1, init.err().strip().lines().count(), init.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void initWithoutAKindIsAUsageError() {
    Run init = Run.of("init");
    assertEquals(2, init.status());
    assertFalse(init.printedStackTrace(), init.err());
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
