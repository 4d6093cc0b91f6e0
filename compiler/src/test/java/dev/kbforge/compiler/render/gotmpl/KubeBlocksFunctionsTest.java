package dev.kbforge.compiler.render.gotmpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.gotemplate.TemplateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KubeBlocks' template functions (pkg/controller/render/builtin_functions.go) on hand-made pod
 * specs; the expected numbers are worked out from that source, not taken from kbforge.
 */
class KubeBlocksFunctionsTest {
  private static final Map<String, Object> CONTAINER =
      Map.of(
          "name",
          "mysql",
          "resources",
          Map.of(
              "limits", Map.of("cpu", "1500m", "memory", "8Gi"),
              "requests", Map.of("memory", "512Mi")),
          "ports",
          List.of(Map.of("name", "mysql", "containerPort", 3306.0)),
          "volumeMounts",
          List.of(Map.of("name", "data", "mountPath", "/var/lib/mysql")),
          "env",
          List.of(Map.of("name", "MODE", "value", "primary")));

  private static String render(String text) throws TemplateException {
    Map<String, Object> values =
        Map.of(
            "podSpec",
            Map.of(
                "containers",
                List.of(CONTAINER),
                "volumes",
                List.of(Map.of("name", "data", "emptyDir", Map.of()))),
            "component",
            Map.of(
                "volumeClaimTemplates",
                List.of(
                    Map.of(
                        "metadata",
                        Map.of("name", "data"),
                        "spec",
                        Map.of("resources", Map.of("requests", Map.of("storage", "20Gi")))))));
    return GoRenderer.parametersController().render("t", text, values);
  }

  @Test
  void resourcesAreQuantityValuesRoundedUp() throws TemplateException {
    String c = "(index $.podSpec.containers 0)";
    assertEquals("2", render("{{ getContainerCPU " + c + " }}")); // 1.5 rounds up
    assertEquals("8589934592", render("{{ getContainerMemory " + c + " }}"));
    assertEquals("536870912", render("{{ getContainerRequestMemory " + c + " }}"));
    assertEquals("0", render("{{ getContainerCPU (dict) }}")); // no limit: 0
  }

  @Test
  void lookupsByName() throws TemplateException {
    String c = "(index $.podSpec.containers 0)";
    assertEquals("/var/lib/mysql", render("{{ getVolumePathByName " + c + " \"data\" }}"));
    assertEquals("", render("{{ getVolumePathByName " + c + " \"log\" }}"));
    assertEquals("3306", render("{{ (getPortByName " + c + " \"mysql\").containerPort }}"));
    // a nil interface{} result: Go's evalPipeline unwraps it to no value at all
    assertEquals("<no value>", render("{{ getPortByName " + c + " \"x\" }}"));
    assertEquals("primary", render("{{ getEnvByName " + c + " \"MODE\" }}"));
    assertEquals("", render("{{ getArgByName " + c + " \"MODE\" }}"));
    assertEquals("mysql", render("{{ (getContainerByName $.podSpec.containers \"mysql\").name }}"));
    assertEquals("map[emptyDir:map[]]", render("{{ getPVCByName $.podSpec.volumes \"data\" }}"));
    assertEquals("21474836480", render("{{ getComponentPVCSizeByName $.component \"data\" }}"));
    assertEquals("-1", render("{{ getComponentPVCSizeByName $.component \"log\" }}"));
  }

  /**
   * 8Gi and 2 CPUs (1.5 rounded up), not shared: memMB 8192; reserved = min(4096, 2048) + max(2*64,
   * 8192/64) + 8192/64 + 285 = 2048 + 128 + 128 + 285 = 2589; (8192 - 2589) * 75 / 100 = 4202,
   * aligned down to 1024: 4096M. Shared: 8192 * 75 / 100 = 6144, already aligned: 6144M.
   */
  @Test
  void mysqlBufferPoolFollowsKubeBlocksArithmetic() throws TemplateException {
    String c = "(index $.podSpec.containers 0)";
    assertEquals("4096M", render("{{ callBufferSizeByResource " + c + " }}"));
    assertEquals("6144M", render("{{ callBufferSizeByResource " + c + " true }}"));
    assertEquals("128M", MysqlBufferPool.size(512L << 20, 2, false)); // under 1Gi
    assertEquals("256M", MysqlBufferPool.size(4L << 30, 1, false)); // one core
    assertEquals("512M", MysqlBufferPool.size(1L << 30, 4, true)); // exactly 1Gi, shared
  }

  @Test
  void aContainerOfTheWrongShapeIsAnExecError() {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render("{{ getContainerMemory \"x\" }}"));
    assertEquals(TemplateException.Kind.EXEC, e.kind());
  }
}
