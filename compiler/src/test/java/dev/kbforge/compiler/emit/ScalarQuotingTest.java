package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.read;
import static dev.kbforge.compiler.emit.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Strings that would read back as something else unless quoted, checked against our own reader. */
class ScalarQuotingTest {
  static final List<String> TRICKY =
      List.of(
          "true",
          "True",
          "TRUE",
          "false",
          "yes",
          "Yes",
          "no",
          "NO",
          "on",
          "On",
          "off",
          "OFF",
          "y",
          "Y",
          "n",
          "N",
          "null",
          "Null",
          "NULL",
          "~",
          "0555",
          "0o17",
          "0b101",
          "1e3",
          "1E-3",
          "12",
          "-12",
          "+1",
          "0x1F",
          "0X1f",
          "1_000",
          "1.0",
          ".5",
          "-.5",
          "1.",
          ".inf",
          "-.Inf",
          "+.INF",
          ".nan",
          ".NaN",
          "",
          " ",
          "  lead",
          "trail ",
          "\ttab",
          "*star",
          "&anchor",
          "!tag",
          "%percent",
          "@at",
          "`tick",
          "{flow",
          "}",
          "[seq",
          "]",
          "#comment",
          "|pipe",
          ">fold",
          "'single",
          "\"double",
          "a: b",
          "a:",
          "a #b",
          "a\tb",
          "-",
          "- x",
          "?",
          "? x",
          ": x",
          ",",
          "=",
          "<<",
          "1:20",
          "190:20:30",
          "2001-12-14",
          "2001-12-14t21:59:43.10-05:00",
          "\u0085nel",
          "ls\u2028",
          "nul\u0000",
          "bell\u0007",
          "bom\uFEFF",
          "é",
          "日本語",
          "🎉",
          "\n",
          "a\n\u0085b",
          "x\n\u2028y\n",
          "\n\n",
          "a\n",
          " a\nb",
          "trailing \nspace\n",
          "x\r\ny",
          "tab\n\tin block\n");

  /** Strings that need no quotes and must not get them (the output should stay readable). */
  static final List<String> PLAIN =
      List.of(
          "redis",
          "redis:7.2.4",
          "http://example.com:6379/x",
          "500m",
          "512Mi",
          "a b",
          "1.2.3",
          "v1");

  private static byte[] writeValue(String key, String value) {
    ObjectNode object = Fixtures.object("v1", "ConfigMap", "default", "c");
    object.putObject("data").put(key, value);
    return ManifestWriter.write(object);
  }

  @ParameterizedTest
  @FieldSource("TRICKY")
  void valuesReadBackAsTheSameString(String value) {
    byte[] yaml = writeValue("k", value);
    JsonNode back = read(yaml).at("/data/k");
    assertTrue(back.isString(), () -> text(yaml));
    assertEquals(value, back.asString(), () -> text(yaml));
  }

  @ParameterizedTest
  @FieldSource("TRICKY")
  void keysReadBackAsTheSameString(String key) {
    byte[] yaml = writeValue(key, "v");
    JsonNode data = read(yaml).path("data");
    assertEquals(List.of(key), List.copyOf(data.propertyNames()), () -> text(yaml));
  }

  /** Our loader keeps keys as text, so check by hand that 1.1-typed keys are quoted. */
  @ParameterizedTest
  @FieldSource("TRICKY")
  void keysThatYaml11WouldTypeAreQuoted(String key) {
    boolean typed = !dev.kbforge.compiler.load.Yaml11Scalars.resolvePlain(key).isString();
    String yaml = text(writeValue(key, "v"));
    if ((typed && !key.isEmpty()) || key.equals("<<")) {
      assertTrue(yaml.contains("\n  \"" + key + "\": v\n"), yaml);
    }
  }

  @ParameterizedTest
  @FieldSource("PLAIN")
  void ordinaryStringsStayPlain(String value) {
    assertTrue(text(writeValue(value, value)).endsWith("\n  " + value + ": " + value + "\n"));
  }
}
