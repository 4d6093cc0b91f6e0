package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PointerPatternTest {
  private static List<String> matches(String pattern, String json) {
    JsonNode root = JsonMapper.builder().build().readTree(json);
    List<String> found = new ArrayList<>();
    PointerPattern.of(pattern).forEachMatch(root, (pointer, node) -> found.add(pointer));
    return found;
  }

  @Test
  void starMatchesArrayIndexesAndMapKeys() {
    String json =
        """
        {"spec": {"lifecycleActions": {"postProvision": {"exec": {"env": [{}, {}]}},
                                       "a/b": {"exec": {"env": [{}]}},
                                       "switchover": {"http": {}}}}}
        """;
    assertEquals(
        List.of(
            "/spec/lifecycleActions/postProvision/exec/env/0",
            "/spec/lifecycleActions/postProvision/exec/env/1",
            "/spec/lifecycleActions/a~1b/exec/env/0"),
        matches("/spec/lifecycleActions/*/exec/env/*", json));
  }

  @Test
  void absentOrMisshapenPathsAreSkipped() {
    assertEquals(List.of(), matches("/spec/runtime", "{\"spec\": []}"));
    assertEquals(List.of(), matches("/spec/vars/*/valueFrom", "{\"spec\": {\"vars\": 3}}"));
  }
}
