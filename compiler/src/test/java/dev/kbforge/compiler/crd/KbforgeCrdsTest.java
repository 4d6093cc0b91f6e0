package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.CrdResult;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.OutputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The api entry points: the CRD files as text, and written to a folder. */
class KbforgeCrdsTest {
  private static final List<String> FILES =
      List.of(
          "clusterdefinitions.apps.kubeblocks.io.yaml",
          "clusters.apps.kubeblocks.io.yaml",
          "componentdefinitions.apps.kubeblocks.io.yaml",
          "componentversions.apps.kubeblocks.io.yaml",
          "instancesets.workloads.kubeblocks.io.yaml",
          "kustomization.yaml",
          "shardingdefinitions.apps.kubeblocks.io.yaml");

  @TempDir Path parent;

  @Test
  void crdsGivesEveryFileAsText() {
    SortedMap<String, String> files = Kbforge.create().crds();
    assertEquals(FILES, List.copyOf(files.keySet()));
    assertTrue(
        files
            .get("clusters.apps.kubeblocks.io.yaml")
            .startsWith("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"));
  }

  @Test
  void crdsWritesTheFilesAndASecondRunChangesNothing() throws Exception {
    Kbforge kbforge = Kbforge.create();
    Path out = parent.resolve("crds");
    CrdResult first = kbforge.crds(out);
    assertEquals(FILES, first.files());
    assertEquals(
        List.of(7, 0, 0, 0),
        List.of(first.added(), first.changed(), first.unchanged(), first.removed()));
    SortedMap<String, String> expected = kbforge.crds();
    for (String file : FILES) {
      assertEquals(
          expected.get(file), Files.readString(out.resolve(file), StandardCharsets.UTF_8), file);
    }
    CrdResult second = kbforge.crds(out);
    assertTrue(second.isUnchanged());
    assertEquals(7, second.unchanged());
  }

  @Test
  void aFolderKbforgeDidNotWriteIsLeftAlone() throws Exception {
    Path out = Files.createDirectories(parent.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    assertThrows(OutputException.class, () -> Kbforge.create().crds(out));
    assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
  }
}
