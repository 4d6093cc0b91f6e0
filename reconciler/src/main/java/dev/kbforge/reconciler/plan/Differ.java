package dev.kbforge.reconciler.plan;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares a desired object with the live one the way server-side apply sees it: only the fields
 * the desired manifest sets count, so whatever the server adds (defaults, status, uid,
 * resourceVersion, managedFields...) is no difference. Lists are compared element by element and
 * must have the same length. Numbers compare by value ({@code 1} equals {@code 1.0}); quantities
 * under {@code requests}, {@code limits} and {@code capacity} compare by amount ({@code 1000m}
 * equals {@code 1}). A desired {@code null}, empty map or empty list asks for nothing.
 */
public final class Differ {
  /** Fields the server owns: never compared, even when a manifest sets them. */
  private static final Set<String> SERVER_METADATA =
      Set.of(
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "managedFields",
          "selfLink",
          "deletionTimestamp",
          "deletionGracePeriodSeconds");

  private static final Set<String> QUANTITY_PARENTS = Set.of("requests", "limits", "capacity");
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Differ() {}

  /** Every desired field whose live value differs, in document order. */
  public static List<FieldDiff> diff(JsonNode desired, JsonNode live) {
    List<FieldDiff> diffs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : desired.properties()) {
      String key = field.getKey();
      if (key.equals("status")) {
        continue;
      }
      if (key.equals("metadata")) {
        diffMetadata(field.getValue(), live.path("metadata"), diffs);
      } else {
        compare(field.getValue(), live.path(key), key, key, diffs);
      }
    }
    return diffs;
  }

  private static void diffMetadata(JsonNode desired, JsonNode live, List<FieldDiff> diffs) {
    for (Map.Entry<String, JsonNode> field : desired.properties()) {
      if (!SERVER_METADATA.contains(field.getKey())) {
        String path = "metadata." + field.getKey();
        compare(field.getValue(), live.path(field.getKey()), path, field.getKey(), diffs);
      }
    }
  }

  private static void compare(
      JsonNode desired, JsonNode live, String path, String key, List<FieldDiff> diffs) {
    if (asksNothing(desired)) {
      return;
    }
    if (desired.isObject()) {
      if (!live.isObject()) {
        diffs.add(new FieldDiff(path, show(live), show(desired)));
        return;
      }
      for (Map.Entry<String, JsonNode> field : desired.properties()) {
        String child = path + segment(field.getKey());
        compare(field.getValue(), live.path(field.getKey()), child, field.getKey(), diffs);
      }
    } else if (desired.isArray()) {
      if (!live.isArray() || live.size() != desired.size()) {
        diffs.add(new FieldDiff(path, show(live), show(desired)));
        return;
      }
      for (int i = 0; i < desired.size(); i++) {
        compare(desired.get(i), live.get(i), path + "[" + i + "]", key, diffs);
      }
    } else if (!sameScalar(desired, live, path)) {
      diffs.add(new FieldDiff(path, show(live), show(desired)));
    }
  }

  private static boolean asksNothing(JsonNode desired) {
    return desired.isNull() || (desired.isContainer() && desired.isEmpty());
  }

  private static boolean sameScalar(JsonNode desired, JsonNode live, String path) {
    if (desired.isNumber() && live.isNumber()) {
      return desired.decimalValue().compareTo(live.decimalValue()) == 0;
    }
    if (desired.equals(live)) {
      return true;
    }
    return isQuantityPath(path) && sameQuantity(desired, live);
  }

  private static boolean isQuantityPath(String path) {
    int end = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(end, bracket);
    if (cut <= 0) {
      return false;
    }
    String parent = path.substring(0, cut);
    int start = Math.max(parent.lastIndexOf('.'), parent.lastIndexOf(']')) + 1;
    return QUANTITY_PARENTS.contains(parent.substring(start));
  }

  private static boolean sameQuantity(JsonNode desired, JsonNode live) {
    if (!desired.isValueNode() || !live.isValueNode() || live.isMissingNode()) {
      return false;
    }
    try {
      BigDecimal a = Quantity.getAmountInBytes(new Quantity(desired.asString()));
      BigDecimal b = Quantity.getAmountInBytes(new Quantity(live.asString()));
      return a.compareTo(b) == 0;
    } catch (RuntimeException notAQuantity) {
      return false;
    }
  }

  private static String segment(String key) {
    return PLAIN_KEY.matcher(key).matches() ? "." + key : "[\"" + key + "\"]";
  }

  static String show(JsonNode value) {
    return value.isMissingNode() ? FieldDiff.ABSENT : value.toString();
  }
}
