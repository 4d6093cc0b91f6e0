package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tabs {@link SeparationTabs} turns into spaces ('>' stands for a tab in the cases). */
class SeparationTabsTest {
  private static String run(String withArrows) {
    return SeparationTabs.toSpaces(withArrows.replace('>', '\t').replace('/', '\n'))
        .replace('\t', '>')
        .replace('\n', '/');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ==> ",
      ignoreLeadingAndTrailingWhitespace = false,
      quoteCharacter = '~',
      value = {
        // separation that go-yaml skips: replaced
        "kind:>Cluster ==> kind: Cluster",
        "a: &x>1/b: *x> ==> a: &x 1/b: *x ",
        "a: !!str>12 ==> a: !!str 12",
        "a: 'x'>#c ==> a: 'x' #c",
        "'a':>1 ==> 'a': 1",
        "a: [1,>2] ==> a: [1, 2]",
        "a: [/>1] ==> a: [/ 1]",
        "a: |>/  x ==> a: | /  x",
        "--->/a: 1 ==> --- /a: 1",
        "m:>/  n: 1 ==> m: /  n: 1",
        // after a plain value: left to the scanner, which reads it (trailing) or keeps it (inner)
        "a: 1>#c ==> a: 1>#c",
        "a: x>y ==> a: x>y",
        // content: never touched
        "a: 'x>y' ==> a: 'x>y'",
        "a: \"x>/>y\" ==> a: \"x>/>y\"",
        "a: |/  k:>v/  >t ==> a: |/  k:>v/  >t",
        "a: one/  &two>three ==> a: one/  &two>three",
        // refused by go-yaml too: left for snakeyaml to report
        ">a: 1 ==> >a: 1",
        "m:/  >n: 1 ==> m:/  >n: 1",
        "->a ==> ->a",
        "- >a ==> - >a",
        "?>a ==> ?>a",
      })
  void replacesOnlyTabsThatSeparateTokens(String input, String expected) {
    assertEquals(expected, run(input));
  }

  @Test
  void returnsTheSameStringWhenThereIsNoTab() {
    String text = "a: 1\nb: [x, y]\n";
    assertSame(text, SeparationTabs.toSpaces(text));
  }

  @Test
  void changesNothingButTabsToSpacesInTheWholeCorpus() throws IOException {
    for (Path c : YamlDifferentialTest.cases()) {
      String in = Files.readString(c, StandardCharsets.UTF_8);
      String out = SeparationTabs.toSpaces(in);
      assertEquals(in.length(), out.length(), c.toString());
      for (int i = 0; i < in.length(); i++) {
        char a = in.charAt(i);
        char b = out.charAt(i);
        assertTrue(a == b || (a == '\t' && b == ' '), c + " changed index " + i);
      }
    }
  }
}
