package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Pod names as the InstanceSet creates them. */
class PodNamesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> names(String spec, int replicas) {
    JsonNode node = JSON.readTree(spec);
    return PodNames.of("c-db", node, replicas);
  }

  @Test
  void theDefaultTemplateCountsFromZero() {
    assertEquals(List.of("c-db-0", "c-db-1", "c-db-2"), names("{}", 3));
    assertEquals(List.of(), names("{}", 0));
  }

  @Test
  void instanceTemplatesTakeTheirReplicasAndTheDefaultTemplateTheRest() {
    String spec = "{\"instances\": [{\"name\": \"big\", \"replicas\": 2}, {\"name\": \"a\"}]}";
    assertEquals(List.of("c-db-0", "c-db-a-0", "c-db-big-0", "c-db-big-1"), names(spec, 4));
  }

  @Test
  void offlineInstancesAreSkipped() {
    String spec = "{\"offlineInstances\": [\"c-db-1\"]}";
    assertEquals(List.of("c-db-0", "c-db-2", "c-db-3"), names(spec, 3));
  }

  @Test
  void explicitOrdinalsAreUsedInOrder() {
    String spec =
        "{\"ordinals\": {\"ranges\": [{\"start\": 5, \"end\": 6}], \"discrete\": [10, 2]},"
            + " \"offlineInstances\": [\"c-db-5\"]}";
    assertEquals(List.of("c-db-2", "c-db-6", "c-db-10"), names(spec, 3));
  }

  @Test
  void flatOrdinalsAreUniqueAcrossTemplates() {
    String spec =
        "{\"flatInstanceOrdinal\": true, \"instances\": [{\"name\": \"t\", \"replicas\": 1,"
            + " \"ordinals\": {\"discrete\": [1]}}]}";
    assertEquals(List.of("c-db-0", "c-db-1", "c-db-2"), names(spec, 3));
  }
}
