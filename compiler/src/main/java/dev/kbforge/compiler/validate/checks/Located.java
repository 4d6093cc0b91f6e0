package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value together with the JSON Pointer it sits at. Checks walk documents through this type
 * so every finding can name its exact position, and so a missing or wrongly typed field reads as
 * absent instead of throwing (schemas may still be incomplete).
 */
record Located(JsonNode json, String pointer) {

  /** The {@code spec} of a document (a missing node when absent). */
  static Located spec(SourceDocument doc) {
    return new Located(doc.root().path("spec"), "/spec");
  }

  /** The field of an object (a missing node when absent or when this is not an object). */
  Located get(String field) {
    return new Located(json.path(field), Pointers.child(pointer, field));
  }

  /** Follows a path of fields. */
  Located get(String... fields) {
    Located at = this;
    for (String field : fields) {
      at = at.get(field);
    }
    return at;
  }

  boolean present() {
    return !json.isMissingNode() && !json.isNull();
  }

  boolean isObject() {
    return json.isObject();
  }

  /** The string value, or {@code ""} when this is not a string. */
  String text() {
    return json.isString() ? json.asString() : "";
  }

  String text(String field) {
    return get(field).text();
  }

  /** Whether the field holds the boolean {@code true}. */
  boolean isTrue(String field) {
    JsonNode value = json.path(field);
    return value.isBoolean() && value.asBoolean();
  }

  /** The object items of an array field, in order; other items and other types are skipped. */
  List<Located> items(String field) {
    Located list = get(field);
    List<Located> items = new ArrayList<>();
    if (list.json.isArray()) {
      for (int i = 0; i < list.json.size(); i++) {
        if (list.json.get(i).isObject()) {
          items.add(new Located(list.json.get(i), Pointers.child(list.pointer, i)));
        }
      }
    }
    return items;
  }

  /** The string items of an array field, in order; other items and other types are skipped. */
  List<Located> strings(String field) {
    Located list = get(field);
    List<Located> items = new ArrayList<>();
    if (list.json.isArray()) {
      for (int i = 0; i < list.json.size(); i++) {
        if (list.json.get(i).isString()) {
          items.add(new Located(list.json.get(i), Pointers.child(list.pointer, i)));
        }
      }
    }
    return items;
  }

  /** The entries of an object, in document order (empty when this is not an object). */
  List<Located> values() {
    List<Located> values = new ArrayList<>();
    if (json.isObject()) {
      for (Map.Entry<String, JsonNode> e : json.properties()) {
        values.add(new Located(e.getValue(), Pointers.child(pointer, e.getKey())));
      }
    }
    return values;
  }

  /** The last pointer segment: the field name of an entry from {@link #values()}. */
  String key() {
    return Pointers.lastSegment(pointer);
  }

  /** The array field's size, or 0 when it is not an array. */
  int size(String field) {
    JsonNode list = json.path(field);
    return list.isArray() ? list.size() : 0;
  }

  /** The non-empty string {@code field} of every object item of array {@code list}. */
  List<Located> names(String list, String field) {
    List<Located> names = new ArrayList<>();
    for (Located item : items(list)) {
      Located name = item.get(field);
      if (!name.text().isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
