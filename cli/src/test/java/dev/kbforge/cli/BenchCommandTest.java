package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks run and report; their figures are read by people, never asserted. */
class BenchCommandTest {
  private static final String REDIS = Trees.root().resolve("addons/redis").toString();

  @Test
  void renderBenchmarkRendersGeneratedClustersInAProcessAndCountsTheTree() {
    Run run = Run.of("bench", "render", REDIS, "--clusters", "3,6");
    assertEquals(0, run.status(), run.out() + run.err());
    List<String> rows = run.out().lines().skip(3).toList();
    assertEquals(2, rows.size(), run.out());
    int[] expectedClusters = {3, 6};
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = rows.get(i).trim().split("\\s+");
      assertEquals(Integer.toString(expectedClusters[i]), cells[0], rows.get(i));
      int objects = Integer.parseInt(cells[1]);
      int files = Integer.parseInt(cells[2]);
      // every cluster folder has objects and a kustomization, plus the root kustomization
      assertTrue(objects >= expectedClusters[i], rows.get(i));
      assertEquals(objects + expectedClusters[i] + 1, files, rows.get(i));
    }
  }

  @Test
  void startBenchmarkLaunchesEachCommand() {
    Run run = Run.of("bench", "start", "--runs", "1", REDIS);
    assertEquals(0, run.status(), run.out() + run.err());
    List<String> rows = run.out().lines().skip(2).toList();
    assertEquals(2, rows.size(), run.out());
    assertTrue(rows.get(0).endsWith("kb --version"), rows.get(0));
    assertTrue(rows.get(1).endsWith("kb validate " + REDIS), rows.get(1));
  }
}
