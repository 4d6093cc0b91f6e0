package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The YAML 1.1 null and boolean words go-yaml v2 knows, and strings that only resemble them. */
class Yaml11ScalarsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void everyNullAndBooleanWordIsRead() {
    for (String word : List.of("", "~", "null", "Null", "NULL")) {
      assertTrue(Yaml11Scalars.resolvePlain(word).isNull(), word);
    }
    for (String word : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On")) {
      assertEquals(NODES.booleanNode(true), Yaml11Scalars.resolvePlain(word), word);
    }
    for (String word :
        List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
      assertEquals(NODES.booleanNode(false), Yaml11Scalars.resolvePlain(word), word);
    }
    assertEquals(NODES.booleanNode(true), Yaml11Scalars.resolvePlain("ON"));
  }

  @Test
  void longerLookalikesStayStrings() {
    for (String text : List.of("falsey", "FALSE ", "nullable", "yes-no", "Trueish")) {
      assertEquals(NODES.stringNode(text), Yaml11Scalars.resolvePlain(text), text);
    }
  }
}
