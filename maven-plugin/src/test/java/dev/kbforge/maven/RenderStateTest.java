package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderStateTest {
  @TempDir Path dir;
  private Path addon;
  private Path out;
  private final String parameters = "target=instanceset";

  @BeforeEach
  void project() throws IOException {
    addon = Files.createDirectories(dir.resolve("addon"));
    Files.createDirectories(addon.resolve("definitions"));
    Files.writeString(addon.resolve("addon.yaml"), "kind: Addon\n");
    Files.writeString(addon.resolve("definitions/cd.yaml"), "kind: ClusterDefinition\n");
    out = Files.createDirectories(addon.resolve("target/kb/gitops"));
    Files.writeString(out.resolve("kustomization.yaml"), "resources: []\n");
  }

  private String fingerprint() {
    return RenderState.fingerprint(List.of(addon), out, parameters);
  }

  @Test
  void sameFilesSameFingerprint() {
    assertEquals(fingerprint(), fingerprint());
  }

  @Test
  void aTouchedInputChangesIt() throws IOException {
    String before = fingerprint();
    Path cd = addon.resolve("definitions/cd.yaml");
    Files.setLastModifiedTime(
        cd, FileTime.fromMillis(Files.getLastModifiedTime(cd).toMillis() + 5000));
    assertNotEquals(before, fingerprint());
  }

  @Test
  void aNewInputFileChangesIt() throws IOException {
    String before = fingerprint();
    Files.writeString(addon.resolve("definitions/cmpd.yaml"), "kind: ComponentDefinition\n");
    assertNotEquals(before, fingerprint());
  }

  @Test
  void anEditedOrDeletedTreeChangesIt() throws IOException {
    String before = fingerprint();
    Files.writeString(out.resolve("kustomization.yaml"), "resources: [x]\n");
    String edited = fingerprint();
    assertNotEquals(before, edited);
    Files.delete(out.resolve("kustomization.yaml"));
    assertNotEquals(edited, fingerprint());
  }

  @Test
  void otherParametersChangeIt() {
    assertNotEquals(
        fingerprint(), RenderState.fingerprint(List.of(addon), out, "target=kubeblocks"));
  }

  @Test
  void buildOutputAndDotFoldersAreNotInputs() throws IOException {
    String before = fingerprint();
    Files.createDirectories(addon.resolve(".git"));
    Files.writeString(addon.resolve(".git/HEAD"), "ref\n");
    Files.writeString(addon.resolve("target/kb/other.txt"), "x\n");
    assertEquals(before, fingerprint());
  }

  @Test
  void filesTheCompilerDoesNotReadAreNotInputs() throws IOException {
    String before = fingerprint();
    Files.writeString(addon.resolve("build.log"), "[INFO] ...\n");
    Files.writeString(addon.resolve("pom.xml"), "<project/>\n");
    assertEquals(before, fingerprint());
  }

  @Test
  void theTemplatesOfTheAddonAboveAnInputAreInputs() throws IOException {
    Path definitions = addon.resolve("definitions");
    Path config = Files.createDirectories(addon.resolve("templates/db-config"));
    Files.writeString(config.resolve("db.conf.peb"), "port 1\n");
    String before = RenderState.fingerprint(List.of(definitions), out, parameters);
    Files.writeString(config.resolve("db.conf.peb"), "port 22\n");
    assertNotEquals(before, RenderState.fingerprint(List.of(definitions), out, parameters));
  }

  @Test
  void aFileGivenAsAnInputCountsWhateverItsName() throws IOException {
    Path cluster = Files.writeString(dir.resolve("cluster.txt"), "kind: Cluster\n");
    String before = RenderState.fingerprint(List.of(cluster), out, parameters);
    Files.writeString(cluster, "kind: Cluster # longer\n");
    assertNotEquals(before, RenderState.fingerprint(List.of(cluster), out, parameters));
  }

  @Test
  void theStateMatchesOnlyWhatWasSavedAndIsForgottenOnClear() throws IOException {
    RenderState state = new RenderState(addon.resolve("target/kb"), out);
    String fingerprint = fingerprint();
    assertFalse(state.matches(fingerprint));
    state.save(fingerprint);
    assertTrue(state.matches(fingerprint));
    assertFalse(state.matches(fingerprint + "x"));
    state.clear();
    assertFalse(state.matches(fingerprint));
  }

  @Test
  void eachOutputFolderHasItsOwnState() {
    Path kb = addon.resolve("target/kb");
    assertNotEquals(
        new RenderState(kb, out).file(), new RenderState(kb, dir.resolve("elsewhere")).file());
  }
}
