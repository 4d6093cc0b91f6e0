package dev.kbforge.compiler.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceVersionTest {
  @Test
  void parsesLenientlyLikeMasterminds() {
    assertEquals("1.0.0", core("v1"));
    assertEquals("8.0.0", core("8.0"));
    assertEquals("1.2.3", core("1.2.3+build.5"));
    assertEquals("rc.1", ServiceVersion.parse("1.2.3-rc.1").orElseThrow().pre());
  }

  @Test
  void rejectsWhatIsNoVersion() {
    for (String text : List.of("", "latest", "1.2.3.4", "1..2", "-1.0.0", "1.0.0-")) {
      assertTrue(ServiceVersion.parse(text).isEmpty(), text);
    }
  }

  @Test
  void matchesLikeCompareServiceVersion() {
    assertTrue(ServiceVersion.matches("", "anything"));
    assertTrue(ServiceVersion.matches("8.0.35", "8.0.35"));
    assertTrue(ServiceVersion.matches("8.0.35", "8.0.35-debian"), "pre-release ignored");
    assertTrue(ServiceVersion.matches("8.0", "8.0.0"));
    assertFalse(ServiceVersion.matches("8.0", "8.0.35"), "8.0 means 8.0.0");
    assertTrue(ServiceVersion.matches("8.0.35-rc.1", "8.0.35-rc.1"));
    assertFalse(ServiceVersion.matches("8.0.35-rc.1", "8.0.35"), "required pre-release is exact");
    assertFalse(ServiceVersion.matches("8.0.36", "8.0.35"));
    assertFalse(ServiceVersion.matches("latest", "latest"));
  }

  @Test
  void ordersBySemverPrecedence() {
    List<String> versions =
        new ArrayList<>(List.of("1.10.0", "1.2.3", "1.2.3-rc.10", "1.2.3-rc.2", "1.2.3-alpha"));
    versions.sort(ServiceVersion.TEXT_ORDER);
    assertEquals(List.of("1.2.3-alpha", "1.2.3-rc.2", "1.2.3-rc.10", "1.2.3", "1.10.0"), versions);
  }

  private static String core(String text) {
    ServiceVersion v = ServiceVersion.parse(text).orElseThrow();
    return v.major() + "." + v.minor() + "." + v.patch();
  }
}
