package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.FieldManager;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Fields kbforge applied earlier that the tree no longer sets: server-side apply removes them on
 * the next apply, so they make an object differ. Read from the live object's {@code managedFields}
 * entry of the {@code kbforge} manager (operation Apply), whose {@code fieldsV1} lists the fields
 * it owns: {@code f:name} a field, {@code k:{...}} a list element by its keys, {@code v:...} a set
 * element. Servers without server-side apply keep no managedFields, and nothing is found.
 */
final class OwnedFields {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private OwnedFields() {}

  static List<FieldDiff> removed(JsonNode desired, JsonNode live) {
    List<FieldDiff> diffs = new ArrayList<>();
    for (JsonNode entry : live.path("metadata").path("managedFields")) {
      if (FieldManager.NAME.equals(entry.path("manager").asString(""))
          && "Apply".equals(entry.path("operation").asString(""))
          && entry.path("subresource").asString("").isEmpty()) {
        walk(entry.path("fieldsV1"), desired, live, "", diffs);
      }
    }
    return diffs;
  }

  private static void walk(
      JsonNode owned, JsonNode desired, JsonNode live, String path, List<FieldDiff> diffs) {
    for (Map.Entry<String, JsonNode> entry : owned.properties()) {
      String key = entry.getKey();
      if (key.startsWith("f:")) {
        String name = key.substring(2);
        if (path.isEmpty() && name.equals("status")) {
          continue;
        }
        String child = path.isEmpty() ? name : path + segment(name);
        JsonNode d = desired.path(name);
        JsonNode l = live.path(name);
        if (d.isMissingNode() || d.isNull()) {
          if (!l.isMissingNode()) {
            diffs.add(new FieldDiff(child, Differ.show(l), FieldDiff.ABSENT));
          }
        } else {
          walk(entry.getValue(), d, l, child, diffs);
        }
      } else if (key.startsWith("k:")) {
        JsonNode keys = parse(key.substring(2));
        if (keys == null) {
          continue;
        }
        String child = path + "[" + keys + "]";
        JsonNode d = find(desired, keys, true);
        JsonNode l = find(live, keys, false);
        if (d == null) {
          if (l != null) {
            diffs.add(new FieldDiff(child, Differ.show(l), FieldDiff.ABSENT));
          }
        } else if (l != null) {
          walk(entry.getValue(), d, l, child, diffs);
        }
      } else if (key.startsWith("v:")) {
        JsonNode value = parse(key.substring(2));
        if (value != null && !contains(desired, value) && contains(live, value)) {
          diffs.add(new FieldDiff(path + "[" + value + "]", value.toString(), FieldDiff.ABSENT));
        }
      }
    }
  }

  /** The element of {@code list} whose key fields match; a desired element may omit a default. */
  private static JsonNode find(JsonNode list, JsonNode keys, boolean lenient) {
    for (JsonNode element : list) {
      boolean match = true;
      for (Map.Entry<String, JsonNode> k : keys.properties()) {
        JsonNode value = element.path(k.getKey());
        boolean absentOk = lenient && value.isMissingNode();
        if (!absentOk && !same(value, k.getValue())) {
          match = false;
          break;
        }
      }
      if (match) {
        return element;
      }
    }
    return null;
  }

  private static boolean contains(JsonNode list, JsonNode value) {
    for (JsonNode element : list) {
      if (same(element, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static JsonNode parse(String json) {
    try {
      return Serialization.jsonMapper().readTree(json);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String segment(String key) {
    return PLAIN_KEY.matcher(key).matches() ? "." + key : "[\"" + key + "\"]";
  }
}
