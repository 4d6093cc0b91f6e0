package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Kbforge;
import org.junit.jupiter.api.Test;

class DefaultKbforgeTest {
  @Test
  void versionComesFromTheFilteredProjectVersion() {
    String version = Kbforge.create().version();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+([-.][0-9A-Za-z.-]+)?"), version);
  }
}
