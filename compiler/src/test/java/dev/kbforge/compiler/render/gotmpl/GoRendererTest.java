package dev.kbforge.compiler.render.gotmpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.gotemplate.TemplateException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text without an action comes back as it is, the same string; any action still runs. */
class GoRendererTest {
  private final GoRenderer renderer = GoRenderer.componentController();

  @Test
  void aTextWithoutActionsIsHandedBackAsItIs() throws TemplateException {
    String script = "#!/bin/sh\nx=${#1}; [ \"$x\" -gt 0 ] && echo '}}' {not an action}\n";
    assertSame(script, renderer.render("start.sh", script, Map.of("a", "b")));
  }

  @Test
  void aTextWithAnActionIsExecuted() throws TemplateException {
    assertEquals(
        "port 6379\n", renderer.render("redis.conf", "port {{ .port }}\n", Map.of("port", 6379L)));
  }

  @Test
  void aBrokenActionIsStillAnError() {
    assertThrows(TemplateException.class, () -> renderer.render("bad", "a {{ .x ", Map.of()));
  }
}
