package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code split(delimiter, limit?)} with a literal delimiter. Pebble's own filter hands the
 * delimiter to {@link String#split(String)} as a regular expression, so {@code "a.b" | split(".")}
 * matches every character and gives an empty list, silently. Here {@code "."} splits at dots, and
 * empty parts are kept ({@code "a..b."} gives {@code a, "", b, ""}), as Go's {@code strings.Split}
 * and sprig's {@code splitList} do for KubeBlocks' Go templates. A positive {@code limit} caps the
 * number of parts, the last one keeping the rest.
 */
final class LiteralSplitFilter implements Filter {
  static final String NAME = "split";

  @Override
  public List<String> getArgumentNames() {
    return List.of("delimiter", "limit");
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber)
      throws PebbleException {
    if (input == null) {
      return null;
    }
    Object delimiter = args.get("delimiter");
    if (delimiter == null || String.valueOf(delimiter).isEmpty()) {
      throw new PebbleException(
          null, "split needs a delimiter that is not empty", lineNumber, self.getName());
    }
    Object limit = args.get("limit");
    int parts = limit instanceof Number n && n.intValue() > 0 ? n.intValue() : -1;
    return Arrays.asList(
        String.valueOf(input).split(Pattern.quote(String.valueOf(delimiter)), parts));
  }
}
