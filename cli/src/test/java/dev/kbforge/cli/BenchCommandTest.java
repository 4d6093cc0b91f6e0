package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void renderBenchmarkRendersGeneratedClustersWithoutErrors() {
    String redis = Trees.root().resolve("addons/redis").toString();
    Run run = Run.of("bench", "render", redis, "--clusters", "3,6", "--warmup", "1");
    assertEquals(0, run.status(), run.out() + run.err());
    List<String> rows = run.out().lines().skip(2).toList();
    assertEquals(2, rows.size(), run.out());
    for (String row : rows) {
      String[] cells = row.trim().split("\\s+");
      assertTrue(cells[0].equals("3") || cells[0].equals("6"), row);
      assertEquals("0", cells[8], "errors in " + row);
    }
  }
}
