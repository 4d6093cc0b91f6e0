package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: every corpus case renders with the Java engine to exactly the bytes that Go's
 * text/template with sprig produced (the goldens), or fails the same way (parse versus exec).
 */
class CorpusTest {
  @Test
  void corpusIsLargeAndEveryCaseHasAGolden() {
    List<Corpus.Case> cases = Corpus.cases();
    Map<String, Corpus.Result> golden = Corpus.golden();
    assertTrue(cases.size() >= 300, "corpus has " + cases.size() + " cases");
    assertEquals(cases.size(), golden.size(), "regenerate the goldens (docs/gotemplate.md)");
    assertEquals(
        cases.size(), cases.stream().map(Corpus.Case::name).distinct().count(), "duplicate names");
  }

  @TestFactory
  Stream<DynamicTest> javaMatchesGo() {
    Map<String, Corpus.Result> golden = Corpus.golden();
    return Corpus.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Corpus.Result expected = golden.get(c.name());
                      assertNotNull(expected, "no golden for " + c.name());
                      Corpus.Result actual = Corpus.renderJava(c);
                      assertEquals(expected, actual, c.template());
                    }));
  }
}
