package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a TemplateException, never another exception: 20,000 random token soups (fixed
 * seed, so a failure reproduces) go through parse and execute.
 */
class RandomTemplatesTest {
  private static final List<String> PIECES =
      List.of(
          "{{",
          "}}",
          "{{- ",
          " -}}",
          "{{/*",
          "*/}}",
          " ",
          "\n",
          "\t",
          "(",
          ")",
          "|",
          ":=",
          "=",
          ",",
          "$",
          "$x",
          "$y",
          ".",
          ".a",
          ".b.c",
          ".l",
          "\"s\"",
          "`r`",
          "'c'",
          "1",
          "-2",
          "3.5",
          "0x1F",
          "1e3",
          "true",
          "nil",
          "if",
          "else",
          "end",
          "range",
          "with",
          "define",
          "\"t\"",
          "template",
          "block",
          "break",
          "continue",
          "and",
          "or",
          "not",
          "len",
          "index",
          "slice",
          "printf",
          "\"%d %s %v\"",
          "print",
          "eq",
          "lt",
          "default",
          "add",
          "div",
          "splitList",
          "dict",
          "list",
          "upper",
          "nosuch",
          "now",
          "text",
          "\"",
          "'",
          "`",
          "}",
          "{",
          "-");

  @Test
  void randomInputNeverEscapesAsAnotherException() {
    Random random = new Random(20261203);
    Map<String, Object> data =
        Map.of("a", 1.0, "b", Map.of("c", "x"), "l", List.of(1.0, "two"), "s", "str");
    RenderOptions small = RenderOptions.DEFAULT.withLimits(new Limits(10_000, 100_000, 20));
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(30);
      for (int k = 0; k < n; k++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      try {
        GoTemplate.parse("r", text.toString(), FunctionMap.sprig()).execute(data, small);
      } catch (TemplateException expected) {
        // the only way bad input may fail
      } catch (RuntimeException | StackOverflowError e) {
        fail("template " + text + " threw " + e, e);
      }
    }
  }
}
