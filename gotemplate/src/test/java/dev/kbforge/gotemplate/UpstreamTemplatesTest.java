package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Go-template files of the upstream addons behave in the Java engine as in Go: they parse alike
 * (upstream-parse.golden), and executing them with empty values under Go's defaults gives the same
 * result kind and the same bytes (upstream-empty.golden holds Go's output hashes). Rendering them
 * with the values KubeBlocks builds comes with the compiler integration.
 */
class UpstreamTemplatesTest {
  @Test
  void javaParsesUpstreamTemplatesLikeGo() throws Exception {
    List<UpstreamTemplates.Template> templates = UpstreamTemplates.all();
    assertTrue(templates.size() >= 40, "found " + templates.size() + " upstream templates");
    StringBuilder results = new StringBuilder();
    for (UpstreamTemplates.Template t : templates) {
      String kind = "ok";
      try {
        GoTemplate.parse(t.id(), t.text(), UpstreamTemplates.functionsWithPlaceholders());
      } catch (TemplateException e) {
        kind = "parse-error";
      }
      results.append(t.id()).append(' ').append(kind).append('\n');
    }
    assertEquals(Files.readString(UpstreamTemplates.PARSE_GOLDEN), results.toString());
  }

  @Test
  void javaRendersUpstreamTemplatesWithEmptyValuesLikeGo() throws Exception {
    StringBuilder results = new StringBuilder();
    for (UpstreamTemplates.Template t : UpstreamTemplates.all()) {
      String kind = "ok";
      String out = "";
      try {
        out =
            GoTemplate.parse(t.id(), t.text(), UpstreamTemplates.functionsWithPlaceholders())
                .execute(new LinkedHashMap<String, Object>());
      } catch (TemplateException e) {
        kind = e.isParseTime() ? "parse-error" : "exec-error";
      }
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(out.getBytes(StandardCharsets.UTF_8));
      results
          .append(t.id())
          .append(' ')
          .append(kind)
          .append(' ')
          .append(HexFormat.of().formatHex(hash))
          .append('\n');
    }
    assertEquals(Files.readString(UpstreamTemplates.EMPTY_GOLDEN), results.toString());
  }
}
