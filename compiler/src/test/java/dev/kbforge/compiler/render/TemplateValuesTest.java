package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TemplateValuesTest {
  @Test
  void integersBecomeLongsAndNestingIsKept() {
    Map<String, Object> out =
        TemplateValues.normalize(
            Map.of("a", 1, "b", List.of((short) 2, 3.5f), "c", Map.of(1, "x")));
    assertEquals(Map.of("a", 1L, "b", List.of(2L, 3.5d), "c", Map.of("1", "x")), out);
  }

  @Test
  void javaObjectsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TemplateValues.normalize(Map.of("t", Thread.currentThread())));
  }

  @Test
  void jsonBecomesMapsListsAndScalars() {
    Object value =
        TemplateValues.fromJson(
            JsonMapper.builder()
                .build()
                .readTree("{\"n\": 7, \"f\": 0.5, \"s\": \"x\", \"l\": [true, null]}"));
    assertEquals(
        Map.of("n", 7L, "f", 0.5d, "s", "x", "l", java.util.Arrays.asList(true, null)), value);
  }

  @Test
  void onlyCanonicalIntegerStringsBecomeNumbers() {
    assertEquals(536870912L, TemplateValues.scalar("536870912"));
    assertEquals(-3L, TemplateValues.scalar("-3"));
    assertEquals("007", TemplateValues.scalar("007"));
    assertEquals("1e3", TemplateValues.scalar("1e3"));
    assertEquals("99999999999999999999", TemplateValues.scalar("99999999999999999999"));
    assertEquals("6379 ", TemplateValues.scalar("6379 "));
  }
}
