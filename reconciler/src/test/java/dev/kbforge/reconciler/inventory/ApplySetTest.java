package dev.kbforge.reconciler.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.Keys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplySetTest {
  @Test
  void idIsTheKepHashOfTheParent() throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest("kbforge-applyset-out.demo.ConfigMap.".getBytes(StandardCharsets.UTF_8));
    String expected =
        "applyset-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "-v1";
    ApplySet set = ApplySet.of("out", List.of("demo"));
    assertEquals(expected, set.id());
    assertTrue(set.id().length() <= 63, "a label value");
  }

  @Test
  void parentGoesToTheOneNamespaceElseDefault() {
    assertEquals("demo", ApplySet.of("x", List.of("demo", "demo")).namespace());
    assertEquals("default", ApplySet.of("x", List.of("a", "b")).namespace());
    assertEquals("default", ApplySet.of("x", List.of()).namespace());
    assertEquals("my-tree", ApplySet.of("My_Tree.", List.of()).name());
  }

  @Test
  void parentRecordsKindsNamespacesAndPoliciesAndReadsThemBack() {
    ApplySet set = ApplySet.of("x", List.of("a"));
    Inventory inventory =
        Inventory.of(
            Set.of(
                new GroupKind("apps", "StatefulSet"),
                new GroupKind("", "ConfigMap"),
                new GroupKind("workloads.kubeblocks.io", "InstanceSet")),
            Set.of("a", "b", "c"),
            Map.of("b/redis", "WipeOut"));
    var parent = set.parent(inventory, "1.0");
    Map<String, String> annotations = parent.getMetadata().getAnnotations();
    assertEquals(
        "ConfigMap,InstanceSet.workloads.kubeblocks.io,StatefulSet.apps",
        annotations.get(Keys.CONTAINS_GROUP_KINDS));
    assertEquals("b,c", annotations.get(Keys.ADDITIONAL_NAMESPACES));
    assertEquals("kbforge/1.0", annotations.get(Keys.TOOLING));
    assertEquals("b/redis=WipeOut", annotations.get(Keys.TERMINATION_POLICIES));
    assertEquals(inventory, ApplySet.read(parent));
  }
}
