package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.CompilerHarness;
import java.nio.file.Path;
import java.util.List;

/** Runs the pipeline over small sources and asserts on {@code CODE@file:line:col} strings. */
final class Findings {
  private final List<String> codes;

  private Findings(List<String> codes) {
    this.codes = codes;
  }

  /** Validates files given as name, text, name, text... */
  static Findings of(Path dir, String... namesAndTexts) {
    CompilerHarness harness = new CompilerHarness(dir);
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      harness.file(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return new Findings(harness.codes(harness.validate()));
  }

  /** Exactly these findings of {@code code}, in output order. */
  Findings has(String code, String... locations) {
    List<String> expected = List.of(locations).stream().map(l -> code + "@" + l).toList();
    assertEquals(expected, only(code), "all findings: " + codes);
    return this;
  }

  /** No finding of {@code code}. */
  Findings none(String code) {
    assertTrue(only(code).isEmpty(), "unexpected " + code + " in " + codes);
    return this;
  }

  /** No findings at all (a valid document is the negative control of every rule). */
  Findings clean() {
    assertEquals(List.of(), codes);
    return this;
  }

  private List<String> only(String code) {
    return codes.stream().filter(c -> c.startsWith(code + "@")).toList();
  }
}
