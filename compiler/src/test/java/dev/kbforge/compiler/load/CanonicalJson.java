package dev.kbforge.compiler.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One text per JSON value, so that kbforge's tree and Go's encoding/json output compare as text:
 * object keys sorted, no spaces, and numbers by value. Go writes the float 1.0 as {@code 1} and
 * 1e21 as {@code 1e+21}; here any number is its exact decimal value without trailing zeros, and a
 * double goes through {@link Double#toString} on both sides (a golden's floats parse as doubles).
 */
final class CanonicalJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CanonicalJson() {}

  /** The canonical text of one compact JSON document as Go wrote it. */
  static String of(String json) {
    return of(MAPPER.readTree(json));
  }

  static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      entries.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < entries.size(); i++) {
        out.append(i == 0 ? "" : ",").append(MAPPER.writeValueAsString(entries.get(i).getKey()));
        out.append(':');
        write(entries.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      double d = node.doubleValue();
      out.append(
          Double.isFinite(d)
              ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
              : Double.toString(d));
    } else {
      out.append(MAPPER.writeValueAsString(node));
    }
  }
}
