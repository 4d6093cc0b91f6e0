package dev.kbforge.reconciler.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.InputException;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {
  final PasswordGenerator generator = new PasswordGenerator();

  static long count(String s, String alphabet) {
    return s.chars().filter(c -> alphabet.indexOf(c) >= 0).count();
  }

  @Test
  void defaultsAreKubeBlocks() {
    String p = generator.generate(PasswordConfig.defaults("root"));
    assertEquals(16, p.length());
    assertEquals(4, count(p, "0123456789"));
    assertEquals(12, p.chars().filter(Character::isLetter).count());
    assertNotEquals(p, generator.generate(PasswordConfig.defaults("root")));
  }

  @Test
  void followsLengthDigitsSymbolsAndCase() {
    PasswordConfig config = new PasswordConfig("u", 20, 5, 3, "!@", PasswordConfig.LOWER_CASES);
    for (int i = 0; i < 50; i++) {
      String p = generator.generate(config);
      assertEquals(20, p.length());
      assertEquals(5, count(p, "0123456789"));
      assertEquals(3, count(p, "!@"));
      assertEquals(12, count(p, "abcdefghijklmnopqrstuvwxyz"));
    }
  }

  @Test
  void refusesImpossibleConfigs() {
    assertThrows(InputException.class, () -> new PasswordConfig("u", 4, 3, 2, "!", "MixedCases"));
  }
}
