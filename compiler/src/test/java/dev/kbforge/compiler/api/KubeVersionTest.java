package dev.kbforge.compiler.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KubeVersionTest {
  @Test
  void readsMajorDotMinor() {
    assertEquals(new KubeVersion(1, 20), KubeVersion.parse("1.20"));
    assertEquals(new KubeVersion(1, 26), KubeVersion.parse(" 1.26\n"));
    assertEquals(new KubeVersion(1, 100), KubeVersion.parse("1.100"));
    assertEquals("1.26", KubeVersion.parse("1.26").toString());
  }

  @Test
  void refusesWhatIsNotMajorDotMinor() {
    for (String bad :
        new String[] {
          "1", "v1.26", "v1.x", "abc", "1.26.0", "1.", ".26", "1.026", "1,26", "", " "
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KubeVersion.parse(bad), bad);
      assertTrue(e.getMessage().contains("MAJOR.MINOR"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> KubeVersion.parse(null));
    String withV =
        assertThrows(IllegalArgumentException.class, () -> KubeVersion.parse("v1.26")).getMessage();
    assertTrue(withV.endsWith("(write 1.26)"), withV);
  }

  @Test
  void refusesOtherMajorsAndReleasesOlderThanTheMinimum() {
    for (String bad : new String[] {"0.9", "2.0", "1.19", "1.0"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KubeVersion.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
    assertEquals(KubeVersion.MINIMUM, KubeVersion.parse(KubeVersion.MINIMUM.toString()));
  }

  @Test
  void ordersByMinorNotByText() {
    KubeVersion nine = new KubeVersion(1, 9);
    KubeVersion twenty = new KubeVersion(1, 20);
    assertTrue(twenty.atLeast(nine));
    assertFalse(nine.atLeast(twenty));
    assertTrue(twenty.atLeast(twenty));
    assertTrue(new KubeVersion(2, 0).atLeast(new KubeVersion(1, 99)));
  }

  @Test
  void theConstantsAgreeWithTheirText() {
    assertEquals(KubeVersion.DEFAULT, KubeVersion.parse(KubeVersion.DEFAULT_TEXT));
    assertEquals(KubeVersion.MINIMUM, KubeVersion.parse(KubeVersion.MINIMUM_TEXT));
    assertTrue(KubeVersion.DEFAULT.atLeast(KubeVersion.MINIMUM));
    assertEquals(KubeVersion.DEFAULT, RenderOptions.defaults().kubeVersion());
  }
}
