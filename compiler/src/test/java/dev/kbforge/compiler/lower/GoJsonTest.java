package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strings as Go's encoding/json Marshal escapes them (Go 1.22 and later: encode.go appendString,
 * with HTML escaping on).
 */
class GoJsonTest {
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder();
    GoJson.string(s, out);
    return out.toString();
  }

  @Test
  void htmlCharactersBecomeUnicodeEscapes() {
    // json.Marshal("a > b 2>&1 <x>") in Go
    assertEquals("\"a \\u003e b 2\\u003e\\u00261 \\u003cx\\u003e\"", quoted("a > b 2>&1 <x>"));
  }

  @Test
  void controlCharactersAreShortOrLowerCaseHex() {
    assertEquals("\"\\b\\f\\n\\r\\t\"", quoted("\b\f\n\r\t"));
    assertEquals("\"\\u0000\\u001f\\u000b\"", quoted("\u0000\u001f\u000b"));
  }

  @Test
  void quotesBackslashesAndLineSeparators() {
    assertEquals("\"\\\"\\\\\"", quoted("\"\\"));
    assertEquals("\"\\u2028\\u2029\"", quoted("\u2028\u2029"));
  }

  @Test
  void otherCharactersStayAsTheyAre() {
    assertEquals("\"é ü 中 🙂 ' / $(VAR)\"", quoted("é ü 中 🙂 ' / $(VAR)"));
    assertEquals("\"\\ufffd\"", quoted("\ud800")); // a lone surrogate is not UTF-8
  }

  @Test
  void objectsKeepTheirFieldOrderWithoutSpaces() {
    ObjectNode node = Manifests.NODES.objectNode();
    node.put("name", "x");
    node.putObject("exec").putArray("command").add("a").add("b");
    node.put("nonBlocking", true);
    node.put("timeoutSeconds", 3);
    assertEquals(
        "{\"name\":\"x\",\"exec\":{\"command\":[\"a\",\"b\"]},\"nonBlocking\":true,\"timeoutSeconds\":3}",
        GoJson.write(node));
    assertEquals("null", GoJson.write(Manifests.NODES.nullNode()));
  }
}
