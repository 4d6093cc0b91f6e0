package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** serviceVersion parsing follows Kubernetes' version.ParseSemantic, as KubeBlocks does. */
class SemverTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3",
        "0.0.0",
        "v8.0.33",
        "1.2.3-rc.1",
        "1.2.3+build.5",
        "1.2.3-0.a+b",
        " 1.2.3 "
      })
  void accepts(String version) {
    assertTrue(Semver.problem(version).isEmpty(), version);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.0",
        "8",
        "1.2.3.4",
        "01.2.3",
        "1.02.3",
        "1.2.3-01",
        "1.2.3-",
        "1.2.3_x",
        "latest",
        "",
        "1.2.x"
      })
  void rejects(String version) {
    assertFalse(Semver.problem(version).isEmpty(), version);
  }
}
