package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Kubernetes' Quantity.Value(): an integer, rounded up. */
class QuantityValueTest {
  private static long value(String quantity) {
    return QuantityValue.of(JsonNodeFactory.instance.stringNode(quantity)).orElseThrow();
  }

  @Test
  void binaryAndDecimalSuffixes() {
    assertEquals(536870912L, value("512Mi"));
    assertEquals(536870912L, value("0.5Gi"));
    assertEquals(1181116007L, value("1.1Gi"));
    assertEquals(20L * 1024 * 1024 * 1024, value("20Gi"));
    assertEquals(2_000_000_000L, value("2G"));
    assertEquals(1500L, value("1.5k"));
    assertEquals(12000L, value("12e3"));
  }

  @Test
  void cpuRoundsUpToWholeCores() {
    assertEquals(1L, value("500m"));
    assertEquals(1L, value("0.5"));
    assertEquals(2L, value("2"));
    assertEquals(2L, value("1001m"));
    assertEquals(0L, value("0"));
    assertEquals(1L, QuantityValue.of(JsonNodeFactory.instance.numberNode(0.5)).orElseThrow());
  }

  @Test
  void malformedOrAbsentIsEmpty() {
    assertEquals(
        OptionalLong.empty(), QuantityValue.of(JsonNodeFactory.instance.stringNode("1GB")));
    assertEquals(OptionalLong.empty(), QuantityValue.of(JsonNodeFactory.instance.missingNode()));
    assertEquals(
        OptionalLong.empty(), QuantityValue.of(JsonNodeFactory.instance.stringNode("1e99")));
  }
}
