package dev.kbforge.compiler.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code diff -u} output, as git and patch read it. */
class UnifiedDiffTest {
  @Test
  void oneChangedLineWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "1\n2\n3\n4x\n5\n6\n7\n8\n";
    assertEquals(
        "--- a/f\n+++ b/f\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+4x\n 5\n 6\n 7\n",
        UnifiedDiff.of("f", before, after));
  }

  @Test
  void anInsertedLineAndNoChangeAtAll() {
    assertEquals(
        "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n",
        UnifiedDiff.of("f", "a\nc\n", "a\nb\nc\n"));
    assertEquals("", UnifiedDiff.of("f", "a\n", "a\n"));
  }

  @Test
  void farApartChangesAreTwoHunks() {
    String before = "a\n1\n2\n3\n4\n5\n6\n7\n8\n9\nb\n";
    String after = "A\n1\n2\n3\n4\n5\n6\n7\n8\n9\nB\n";
    assertEquals(
        "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -8,4 +8,4 @@\n 7\n 8\n 9\n-b\n+B\n",
        UnifiedDiff.of("f", before, after));
  }
}
