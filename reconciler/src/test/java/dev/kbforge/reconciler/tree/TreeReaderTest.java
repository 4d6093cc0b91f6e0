package dev.kbforge.reconciler.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.testing.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeReaderTest {
  @TempDir Path dir;

  static String cm(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
  }

  private List<String> names(Path path) {
    return TreeReader.read(path).stream().map(o -> o.getMetadata().getName()).toList();
  }

  @Test
  void followsKustomizationOrderIntoFolders() {
    Fixture.write(dir, "kustomization.yaml", "resources:\n- z\n- b.yaml\n- a\n");
    Fixture.write(dir, "b.yaml", cm("b"));
    Fixture.write(dir, "a/kustomization.yaml", "resources: [two.yaml, one.yaml]\n");
    Fixture.write(dir, "a/one.yaml", cm("a1"));
    Fixture.write(dir, "a/two.yaml", cm("a2"));
    Fixture.write(dir, "a/ignored.yaml", cm("not-listed"));
    Fixture.write(dir, "z/x.yaml", cm("z1") + "---\n" + cm("z2"));

    assertEquals(List.of("z1", "z2", "b", "a2", "a1"), names(dir));
  }

  @Test
  void withoutKustomizationReadsEveryYamlSorted() {
    Fixture.write(dir, "b.yml", cm("b"));
    Fixture.write(dir, "a.yaml", cm("a") + "---\n---\n" + cm("a2"));
    Fixture.write(dir, "c/d.yaml", cm("d"));
    Fixture.write(dir, ".git/x.yaml", cm("hidden"));
    Fixture.write(dir, "notes.txt", "not yaml");

    assertEquals(List.of("a", "a2", "b", "d"), names(dir));
  }

  @Test
  void expandsLists() {
    Fixture.write(
        dir,
        "list.yaml",
        "apiVersion: v1\nkind: List\nitems:\n- "
            + cm("x").replace("\n", "\n  ").trim()
            + "\n- "
            + cm("y").replace("\n", "\n  ").trim()
            + "\n");
    assertEquals(List.of("x", "y"), names(dir));
  }

  @Test
  void keepsEveryField() {
    Fixture.write(
        dir,
        "cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: ns}\ndata: {k: v}\n");
    var object = TreeReader.read(dir).get(0);
    assertEquals(new ObjectRef("", "ConfigMap", "ns", "a"), ObjectRef.of(object));
    assertEquals(java.util.Map.of("k", "v"), object.getAdditionalProperties().get("data"));
  }

  @Test
  void refusesWhatItCannotApplyAsWritten() {
    Fixture.write(dir, "kustomization.yaml", "resources: [a.yaml]\nnamePrefix: x-\n");
    Fixture.write(dir, "a.yaml", cm("a"));
    InputException e = assertThrows(InputException.class, () -> TreeReader.read(dir));
    assertTrue(e.getMessage().contains("'namePrefix' is not supported"), e.getMessage());
  }

  @Test
  void saysWhatIsMissing() {
    Fixture.write(dir, "kustomization.yaml", "resources: [gone.yaml]\n");
    assertThrows(InputException.class, () -> TreeReader.read(dir));
    assertThrows(InputException.class, () -> TreeReader.read(dir.resolve("nothing")));
    Fixture.write(dir, "x/a.yaml", "kind: ConfigMap\nmetadata: {name: a}\n");
    InputException e = assertThrows(InputException.class, () -> TreeReader.read(dir.resolve("x")));
    assertTrue(e.getMessage().endsWith("(document 1): no apiVersion"), e.getMessage());
  }
}
