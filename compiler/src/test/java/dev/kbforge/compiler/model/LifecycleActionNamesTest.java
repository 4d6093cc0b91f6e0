package dev.kbforge.compiler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one list of lifecycle action names against KubeBlocks' ComponentDefinition CRD. */
class LifecycleActionNamesTest {
  @Test
  void allIsEveryLifecycleActionTheCrdDeclares() throws Exception {
    Path crd =
        ReferenceData.dir().resolve("kubeblocks-crds/apps.kubeblocks.io_componentdefinitions.yaml");
    assumeTrue(Files.isRegularFile(crd), "reference data not found; skipping");
    JsonNode root = new YAMLMapper().readTree(crd.toFile());
    Set<String> declared = new TreeSet<>();
    for (JsonNode version : root.path("spec").path("versions")) {
      if (version.path("name").asString().equals("v1")) {
        version
            .at("/schema/openAPIV3Schema/properties/spec/properties/lifecycleActions/properties")
            .propertyNames()
            .forEach(declared::add);
      }
    }
    assertEquals(declared, new TreeSet<>(LifecycleActionNames.ALL));
  }

  @Test
  void theKbAgentOrderIsAllWithoutTheProbesAndTheSharedExecOrderAddsTheRoleProbe() {
    assertEquals(LifecycleActionNames.ALL.size() - 2, LifecycleActionNames.LIFECYCLE.size());
    assertEquals(
        List.of("postProvision", "preTerminate", "switchover"),
        LifecycleActionNames.LIFECYCLE.subList(0, 3));
    assertEquals(
        "roleProbe",
        LifecycleActionNames.SHARED_EXEC.get(LifecycleActionNames.SHARED_EXEC.size() - 1));
  }
}
