package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1", "500m", "0.5", ".5", "1.", "1Gi", "512Mi", "10G", "1k", "100n", "-1", "+2", "1e3",
        "1E-2", "2E", "1Ei"
      })
  void accepted(String text) {
    assertTrue(Quantities.isValid(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1GB", "512 Mi", "1gi", "Gi", "abc", "1.2.3", "1K", "1mi", "1e", "m"})
  void rejected(String text) {
    assertFalse(Quantities.isValid(text), text);
  }
}
