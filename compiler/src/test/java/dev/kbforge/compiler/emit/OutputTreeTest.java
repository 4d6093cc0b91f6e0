package dev.kbforge.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTreeTest {
  @Test
  void keepsFilesSortedByPathWhateverTheInsertionOrder() {
    OutputTree tree = new OutputTree().put("b/x.yaml", "1").put("a.yaml", "2").put("a/z.yaml", "3");
    assertEquals(List.of("a.yaml", "a/z.yaml", "b/x.yaml"), List.copyOf(tree.files().keySet()));
    assertEquals(
        new OutputTree().put("a/z.yaml", "3").put("a.yaml", "2").put("b/x.yaml", "1"), tree);
  }

  @Test
  void aPathCanBeGivenOnce() {
    OutputTree tree = new OutputTree().put("a.yaml", "1");
    assertThrows(IllegalArgumentException.class, () -> tree.put("a.yaml", "1"));
  }

  @Test
  void contentIsCopiedInAndOut() {
    byte[] bytes = {1, 2};
    OutputTree tree = new OutputTree().put("f", bytes);
    bytes[0] = 9;
    tree.get("f")[1] = 9;
    assertEquals(new OutputTree().put("f", new byte[] {1, 2}), tree);
    assertNotEquals(new OutputTree().put("f", new byte[] {1, 3}), tree);
  }

  @Test
  void putAllPrefixesPaths() {
    OutputTree tree = new OutputTree().putAll("ns/c", new OutputTree().put("k.yaml", "x"));
    assertEquals("x", tree.text("ns/c/k.yaml"));
  }
}
