package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProbeOutputTest {
  @Test
  void aRoleAloneIsLowerCased() {
    assertEquals(
        new ProbeOutput.Role("primary", OptionalLong.empty()), ProbeOutput.parse("Primary\n"));
  }

  @Test
  void aRoleWithAVersion() {
    assertEquals(
        new ProbeOutput.Role("leader", OptionalLong.of(42)), ProbeOutput.parse("  LEADER 42 \n"));
  }

  @Test
  void theVersionIsAnUnsigned64BitNumber() {
    ProbeOutput max = ProbeOutput.parse("primary 18446744073709551615");
    assertEquals(OptionalLong.of(-1L), ((ProbeOutput.Role) max).version());
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse("primary 18446744073709551616"));
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse("primary -3"));
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse("primary v2"));
  }

  @Test
  void nothingOrTooManyWordsIsNoAnswer() {
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse(""));
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse(" \n "));
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse("role is primary"));
    assertInstanceOf(ProbeOutput.Invalid.class, ProbeOutput.parse("primary\n1\nextra"));
  }

  @Test
  void versionsOrderReportsUnsignedAndUnversionedFirst() {
    ProbeOutput.Role none = new ProbeOutput.Role("a", OptionalLong.empty());
    ProbeOutput.Role two = new ProbeOutput.Role("a", OptionalLong.of(2));
    ProbeOutput.Role huge = new ProbeOutput.Role("a", OptionalLong.of(-1L));
    assertTrue(ProbeOutput.Role.compareVersions(none, two) < 0);
    assertTrue(ProbeOutput.Role.compareVersions(two, huge) < 0);
    assertTrue(ProbeOutput.Role.compareVersions(huge, none) > 0);
    assertEquals(0, ProbeOutput.Role.compareVersions(none, none));
  }
}
