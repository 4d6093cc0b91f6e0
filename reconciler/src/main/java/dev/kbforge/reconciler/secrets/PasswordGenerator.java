package dev.kbforge.reconciler.secrets;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Random passwords that follow a {@link PasswordConfig}, from a {@link SecureRandom}: the digits,
 * the symbols and the letters are drawn separately, then shuffled together.
 */
public final class PasswordGenerator {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";

  private final SecureRandom random;

  public PasswordGenerator() {
    this(new SecureRandom());
  }

  public PasswordGenerator(SecureRandom random) {
    this.random = random;
  }

  public String generate(PasswordConfig config) {
    List<Character> chars = new ArrayList<>(config.length());
    draw(DIGITS, config.numDigits(), chars);
    draw(config.symbolCharacters(), config.numSymbols(), chars);
    String letters =
        switch (config.letterCase()) {
          case PasswordConfig.LOWER_CASES -> LOWER;
          case PasswordConfig.UPPER_CASES -> LOWER.toUpperCase(Locale.ROOT);
          default -> LOWER + LOWER.toUpperCase(Locale.ROOT);
        };
    draw(letters, config.length() - config.numDigits() - config.numSymbols(), chars);
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder(chars.size());
    chars.forEach(password::append);
    return password.toString();
  }

  private void draw(String alphabet, int count, List<Character> into) {
    for (int i = 0; i < count; i++) {
      into.add(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }
}
