package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Go-template file of the upstream addons parses (or fails to parse) with the Java engine
 * exactly as with Go (upstream-parse.golden, written by the Go reference renderer). Values come
 * with the compiler integration; here only parsing is compared.
 */
class UpstreamTemplatesTest {
  @Test
  void javaParsesUpstreamTemplatesLikeGo() throws Exception {
    List<UpstreamTemplates.Template> templates = UpstreamTemplates.all();
    assertTrue(templates.size() >= 40, "found " + templates.size() + " upstream templates");
    FunctionMap functions = FunctionMap.sprig();
    for (String kb :
        List.of(
            "getVolumePathByName",
            "getPVCByName",
            "getEnvByName",
            "getPortByName",
            "getArgByName",
            "getContainerByName",
            "getContainerCPU",
            "getContainerMemory",
            "getContainerRequestMemory",
            "getComponentPVCSizeByName",
            "getPVCSize",
            "callBufferSizeByResource")) {
      // KubeBlocks' own functions: placeholders so that parsing sees them defined, as Go does
      functions = functions.with(kb, GoFunction.variadic(a -> "", ArgType.ANY));
    }
    StringBuilder results = new StringBuilder();
    for (UpstreamTemplates.Template t : templates) {
      String kind = "ok";
      try {
        GoTemplate.parse(t.id(), t.text(), functions);
      } catch (TemplateException e) {
        kind = "parse-error";
      }
      results.append(t.id()).append(' ').append(kind).append('\n');
    }
    assertEquals(Files.readString(UpstreamTemplates.GOLDEN), results.toString());
  }
}
