package dev.kbforge.compiler.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text-level edits: exactly the value's characters change, or the edit is refused. */
class TextEditorTest {
  private final Reporter reporter = new Reporter();

  private Optional<String> set(String text, String base, List<String> keys, ScalarValue value) {
    SourceDocument doc =
        new YamlLoader().load(SourceFile.of("f.yaml", text), text, reporter).get(0);
    return new TextEditor(new YamlText(text), doc, reporter).set(base, keys, value);
  }

  private Optional<String> remove(String text, String pointer) {
    SourceDocument doc =
        new YamlLoader().load(SourceFile.of("f.yaml", text), text, reporter).get(0);
    return new TextEditor(new YamlText(text), doc, reporter).removeLine(pointer);
  }

  @Test
  void aPlainScalarIsReplacedBeforeItsComment() {
    assertEquals(
        Optional.of("a:\n  b: 3   # three\nc: 1\n"),
        set("a:\n  b: 2   # three\nc: 1\n", "/a", List.of("b"), ScalarValue.literal("3")));
  }

  @Test
  void quotingIsKept() {
    assertEquals(
        Optional.of("v: 'it''s 2'\n"),
        set("v: 'it''s'\n", "", List.of("v"), ScalarValue.string("it's 2")));
    assertEquals(
        Optional.of("v: \"1\" # q\n"),
        set("v: \"a\\\"b\" # q\n", "", List.of("v"), ScalarValue.quantity("1")));
  }

  @Test
  void aNewStringThatWouldReadAsSomethingElseIsQuoted() {
    assertEquals(
        Optional.of("m:\n  x: 1\n  v: \"yes\"\n"),
        set("m:\n  x: 1\n", "/m", List.of("v"), ScalarValue.string("yes")));
    assertEquals(
        Optional.of("m:\n  x: 1\n  t: \"2026-12-03T10:00:00Z\"\n"),
        set("m:\n  x: 1\n", "/m", List.of("t"), ScalarValue.string("2026-12-03T10:00:00Z")));
  }

  @Test
  void missingParentsAreCreatedAtTheSiblingsIndentation() {
    assertEquals(
        Optional.of("l:\n    - name: a\n      r:\n        q:\n          cpu: 1\n      n: 2\n"),
        set(
            "l:\n    - name: a\n      n: 2\n",
            "/l/0",
            List.of("r", "q", "cpu"),
            ScalarValue.quantity("1")));
  }

  @Test
  void aByteOrderMarkALastLineWithoutBreakAndCrlfAreHandled() {
    assertEquals(
        Optional.of("\uFEFFa: 5\r\nb: 2"),
        set("\uFEFFa: 1\r\nb: 2", "", List.of("a"), ScalarValue.literal("5")));
    assertEquals(
        Optional.of("m:\r\n  x: 1\r\n  z: 2\r\n"),
        set("m:\r\n  x: 1\r\n", "/m", List.of("z"), ScalarValue.literal("2")));
    assertEquals(
        Optional.of("m:\n  x: 1\n  z: 2\n"),
        set("m:\n  x: 1", "/m", List.of("z"), ScalarValue.literal("2")));
    assertEquals( // y is a YAML 1.1 boolean, as a key too
        Optional.of("m:\n  x: 1\n  \"y\": 2\n"),
        set("m:\n  x: 1\n", "/m", List.of("y"), ScalarValue.literal("2")));
  }

  @Test
  void whatCannotBeBoundedOnOneLineIsRefused() {
    assertEquals(
        Optional.empty(), set("m: {x: 1}\n", "/m", List.of("y"), ScalarValue.literal("2")));
    assertEquals(Optional.empty(), set("m: {}\n", "/m", List.of("y"), ScalarValue.literal("2")));
    assertEquals(
        Optional.empty(), set("v: |\n  text\n", "", List.of("v"), ScalarValue.string("x")));
    assertEquals(
        Optional.empty(), set("a: &x 1\nb: *x\n", "", List.of("a"), ScalarValue.literal("2")));
    assertEquals(
        Optional.empty(),
        set("l: [{n: a, r: 1}]\n", "/l/0", List.of("r"), ScalarValue.literal("2")));
    assertEquals(5, reporter.size());
    assertTrue(reporter.diagnostics().stream().allMatch(d -> d.code().equals("KB6005")));
  }

  @Test
  void aKeysLineIsRemovedUnlessACommentFollowsIt() {
    assertEquals(Optional.of("a: 1\nc: 3\n"), remove("a: 1\nb: 2\nc: 3\n", "/b"));
    assertEquals(Optional.empty(), remove("a: 1\nb: 2 # why\nc: 3\n", "/b"));
  }
}
