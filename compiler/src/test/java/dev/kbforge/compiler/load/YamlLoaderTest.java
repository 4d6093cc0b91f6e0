package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class YamlLoaderTest {
  private final Reporter reporter = new Reporter();

  private List<SourceDocument> load(String text) {
    return new YamlLoader().load(SourceFile.of("in.yaml", text), text, reporter);
  }

  private List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void remembersValueAndKeyPositionsForEveryPointer() {
    SourceDocument doc =
        load("""
            kind: Cluster
            spec:
              componentSpecs:
                - name: redis
                  replicas: 2
            """)
            .get(0);
    assertEquals(new Position(5, 17), doc.valuePosition("/spec/componentSpecs/0/replicas"));
    assertEquals(new Position(5, 7), doc.keyPosition("/spec/componentSpecs/0/replicas"));
    assertEquals(new Position(4, 7), doc.valuePosition("/spec/componentSpecs/0"));
    assertEquals(new Position(5, 17), doc.valuePosition("/spec/componentSpecs/0/replicas/x"));
  }

  @Test
  void readsEveryDocumentOfAFileAndSkipsEmptyOnes() {
    List<SourceDocument> docs = load("a: 1\n---\n# only a comment\n---\nb: 2\n---\n");
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(1).index());
    assertTrue(reporter.diagnostics().isEmpty());
  }

  @Test
  void rejectsDuplicateKeysAtTheSecondKey() {
    load("metadata:\n  name: a\n  labels: {}\n  name: b\n");
    assertEquals(List.of("KB1003@4:3"), codes());
  }

  @Test
  void readsIntegersTheWayKubernetesDoes() {
    JsonNode root =
        load("octal: 0555\nhex: 0x1F\nplain: 420\nquoted: '0555'\nneg: -12\nbig: 1_000\n")
            .get(0)
            .root();
    assertEquals(365, root.get("octal").asInt());
    assertEquals(31, root.get("hex").asInt());
    assertEquals(420, root.get("plain").asInt());
    assertTrue(root.get("quoted").isString());
    assertEquals(-12, root.get("neg").asInt());
    assertEquals(1000, root.get("big").asInt());
  }

  @Test
  void readsYaml11BooleansNullsAndFloats() {
    JsonNode root =
        load("a: yes\nb: off\nc: ~\nd:\ne: 1.5\nf: 'true'\ng: !!str 12\nh: 500m\n").get(0).root();
    assertTrue(root.get("a").isBoolean() && root.get("a").asBoolean());
    assertTrue(root.get("b").isBoolean() && !root.get("b").asBoolean());
    assertTrue(root.get("c").isNull());
    assertTrue(root.get("d").isNull());
    assertEquals(1.5, root.get("e").asDouble());
    assertTrue(root.get("f").isString());
    assertTrue(root.get("g").isString());
    assertEquals("500m", root.get("h").asString());
  }

  @Test
  void expandsAliasesAndMergeKeys() {
    JsonNode root = load("base: &b {x: 1, w: 2}\nuse:\n  <<: *b\n  w: 3\ncopy: *b\n").get(0).root();
    assertEquals(1, root.path("use").path("x").asInt());
    assertEquals(3, root.path("use").path("w").asInt());
    assertEquals(2, root.path("copy").path("w").asInt());
    assertTrue(reporter.diagnostics().isEmpty());
  }

  /**
   * snakeyaml-engine 3.0.1 read past its buffer when an emoji's first half fell on the buffer's
   * last slot (found by the fuzz suite): {@link SurrogateSafeReader} keeps that slot free. Every
   * offset around the 1024-character buffer's end is tried.
   */
  @Test
  void anEmojiOnTheReadBuffersEdgeLoads() {
    for (int pad = 1010; pad < 1040; pad++) {
      String value = "x".repeat(pad) + "\ud83d\ude00" + "y".repeat(3000);
      List<SourceDocument> docs = load("a: '" + value + "'\nb: 1\n");
      assertEquals(List.of(), codes(), "pad " + pad);
      assertEquals(value, docs.get(0).root().path("a").asText(), "pad " + pad);
    }
  }

  /**
   * Nesting is bounded before snakeyaml's composer recurses: a diagnostic, not a stack overflow.
   */
  @Test
  void deepNestingStopsWhereTheLimitIsPassed() {
    assertTrue(load("x: 1\n---\n" + "[".repeat(100_000)).size() == 1);
    assertEquals(List.of("KB1034@3:501"), codes());
  }

  @Test
  void stopsAnAliasBombQuickly() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    long start = System.nanoTime();
    List<SourceDocument> docs = load(bomb.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(docs.isEmpty());
    assertEquals("KB1004", reporter.diagnostics().get(0).code());
    assertTrue(millis < 60_000, "sanity bound only, not a performance check: " + millis);
  }

  @Test
  void reportsSyntaxErrorsWithTheirPosition() {
    load("a: 1\nb: [1, 2\nc: 3\n");
    List<Diagnostic> d = reporter.diagnostics();
    assertEquals(1, d.size());
    assertEquals("KB1002", d.get(0).code());
    assertTrue(d.get(0).line() >= 2);
  }

  @Test
  void reportsTopLevelSequencesAndComplexKeys() {
    load("- a\n- b\n---\n? [a, b]\n: c\n");
    assertEquals(List.of("KB1009@1:1", "KB1010@4:3"), codes());
  }

  @Test
  void crlfAndLfInputsGiveTheSameTreeAndPositions() {
    String lf = "kind: Cluster\nspec:\n  replicas: 0555\n  name: |\n    a\n    b\n";
    SourceDocument a = load(lf).get(0);
    SourceDocument b = load(lf.replace("\n", "\r\n")).get(0);
    assertEquals(a.root(), b.root());
    assertEquals(a.valuePositions(), b.valuePositions());
    assertEquals(a.keyPositions(), b.keyPositions());
    assertFalse(b.root().path("spec").path("name").asString().contains("\r"));
  }

  @Test
  void acceptsSeparationTabsAndKeepsPositionsExact() {
    SourceDocument doc =
        load("apiVersion: v1\t\nkind:\tConfigMap\nmetadata:\t# c\n  name:\t\tx\n").get(0);
    assertTrue(reporter.diagnostics().isEmpty(), reporter.diagnostics().toString());
    assertEquals("v1", doc.root().path("apiVersion").asString());
    assertEquals(new Position(2, 7), doc.valuePosition("/kind"));
    assertEquals(new Position(4, 10), doc.valuePosition("/metadata/name"));
  }

  @Test
  void reportsTabsThatYamlRefusesAtTheTab() {
    load("metadata:\n\tname: x\n");
    load("items:\n- \tb\n");
    assertEquals(List.of("KB1020@2:1", "KB1020@2:3"), codes());
  }

  @Test
  void namesKeysAsKubernetesDoes() {
    JsonNode root = load("yes: 1\n0x1F: 2\n1e3: 3\n'on': 4\n").get(0).root();
    assertEquals(List.of("true", "31", "1000", "on"), List.copyOf(root.propertyNames()));
    load("1: a\n01: b\n~: c\n");
    assertEquals(List.of("KB1003@2:1", "KB1022@3:1"), codes());
  }

  @Test
  void refusesWhatJsonCannotHoldAndDirectives() {
    load("a: .inf\nb: '.nan'\n");
    load("%YAML 1.1\n---\na: 1\n");
    assertEquals(List.of("KB1021@1:4", "KB1023@1:1"), codes());
  }

  @Test
  void appliesMergeKeysInOrderAsGoYamlDoes() {
    JsonNode use =
        load("b: &b {x: 1, w: 2}\nuse:\n  w: 3\n  <<: *b\n  x: 4\n").get(0).root().path("use");
    assertEquals(2, use.path("w").asInt()); // the merge comes later: it wins
    assertEquals(4, use.path("x").asInt()); // the key comes later: it wins
  }
}
