package dev.kbforge.reconciler.plan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings desired and live objects to one form before comparing: a Secret's {@code stringData}
 * becomes base64 {@code data}, as the API server stores it.
 */
final class Normalizer {
  private Normalizer() {}

  static JsonNode forCompare(JsonNode object) {
    if (!"Secret".equals(object.path("kind").asString(""))
        || !object.path("stringData").isObject()
        || !(object instanceof ObjectNode copy)) {
      return object;
    }
    ObjectNode data = copy.withObjectProperty("data");
    for (Map.Entry<String, JsonNode> entry : object.path("stringData").properties()) {
      data.put(
          entry.getKey(),
          Base64.getEncoder()
              .encodeToString(entry.getValue().asString("").getBytes(StandardCharsets.UTF_8)));
    }
    copy.remove("stringData");
    return copy;
  }
}
