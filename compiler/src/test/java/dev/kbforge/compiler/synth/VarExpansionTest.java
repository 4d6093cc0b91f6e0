package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.render.TemplateValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code $(VAR)} expansion rules on their own. */
class VarExpansionTest {
  private static final Map<String, RawVar> PLAIN =
      Map.of("A", RawVar.value("A", "1"), "B", RawVar.value("B", "$(A)"));
  private static final Map<String, RawVar> SECRETS =
      Map.of(
          "S",
          RawVar.reference("S", JsonNodeFactory.instance.objectNode().put("k", "v")),
          "D",
          RawVar.value("D", "dummy"));

  private static String expand(String value, boolean forEnv) {
    return VarExpansion.expand(RawVar.value("X", value), PLAIN, SECRETS, forEnv).value();
  }

  @Test
  void referencesAreReplacedOnceEscapesLoseADollar() {
    assertEquals("1-1", expand("$(A)-$(A)", true));
    assertEquals("$(A)", expand("$(B)", true)); // B's own value, not expanded again
    assertEquals("$(A)/1", expand("$$(A)/$(A)", true));
    assertEquals("$$(A)", expand("$$$(A)", true)); // only the $ right before $( escapes
    assertEquals("$(MISSING)", expand("$(MISSING)", true));
    assertEquals("no refs", expand("no refs", true));
  }

  @Test
  void credentialsResolveOnlyForTheEnvAndOnlyAsAWholeValue() {
    RawVar whole = VarExpansion.expand(RawVar.value("X", "$(S)"), PLAIN, SECRETS, true);
    assertEquals("{\"k\":\"v\"}", whole.valueFrom().toString());
    assertEquals("$(S)", expand("$(S)", false));
    assertEquals("a$(S)", expand("a$(S)", true));
    assertEquals("dummy", expand("$(D)", true));
    assertEquals("$(D)", expand("$(D)", false));
  }

  @Test
  void templateScalarsMatchTheRenderPhasesConversion() {
    for (String s :
        List.of("536870912", "0", "-3", "007", "1e3", "x", "", "99999999999999999999")) {
      assertEquals(TemplateValues.scalar(s), VarExpansion.scalar(s), s);
    }
  }
}
