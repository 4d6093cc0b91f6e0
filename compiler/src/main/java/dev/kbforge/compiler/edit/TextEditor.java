package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Changes one value of a loaded document in its text, at the positions the loader recorded:
 * replaces a scalar in place (keeping its quoting), inserts a missing key (with any missing parent
 * mappings) as a new line among its siblings, or removes a key's line. Nothing else of the text
 * changes. What cannot be changed this way (a flow mapping, a block scalar, an anchor) is refused
 * with KB6005: the edit is never guessed.
 */
final class TextEditor {
  private final YamlText yaml;
  private final SourceDocument doc;
  private final Reporter reporter;

  TextEditor(YamlText yaml, SourceDocument doc, Reporter reporter) {
    this.yaml = yaml;
    this.doc = doc;
    this.reporter = reporter;
  }

  /**
   * The text with the value at {@code base} + {@code keys} set to {@code value}; empty (and a
   * finding) when it cannot be.
   */
  Optional<String> set(String base, List<String> keys, ScalarValue value) {
    String pointer = base;
    int existing = 0;
    for (String key : keys) {
      String next = Pointers.child(pointer, key);
      if (doc.root().at(next).isMissingNode()) {
        break;
      }
      pointer = next;
      existing++;
    }
    if (existing == keys.size()) {
      return replace(pointer, value);
    }
    return insert(pointer, keys.subList(existing, keys.size()), value);
  }

  /** The text without the line of the key at {@code pointer}; empty when that is not possible. */
  Optional<String> removeLine(String pointer) {
    Position key = doc.keyPositions().get(pointer);
    Position value = doc.valuePositions().get(pointer);
    if (key == null || value == null || key.line() != value.line() || !yaml.startsLine(key)) {
      return Optional.empty();
    }
    Optional<ScalarSpan> span = ScalarSpan.at(yaml, yaml.offset(value));
    if (span.isEmpty()
        || !yaml.text().substring(span.get().end(), yaml.lineEnd(key.line())).isBlank()) {
      return Optional.empty(); // a trailing comment is kept: the caller sets the value instead
    }
    String text = yaml.text();
    return Optional.of(
        text.substring(0, yaml.lineStart(key.line()))
            + text.substring(yaml.nextLineStart(key.line())));
  }

  private Optional<String> replace(String pointer, ScalarValue value) {
    JsonNode node = doc.root().at(pointer);
    Position at = doc.valuePositions().get(pointer);
    Optional<ScalarSpan> span =
        node.isContainer() || node.isNull() || at == null || inFlow(pointer)
            ? Optional.empty()
            : ScalarSpan.at(yaml, yaml.offset(at));
    if (span.isEmpty()) {
      return refuse(pointer, "the value is not a scalar written on one line");
    }
    String text = yaml.text();
    ScalarSpan s = span.get();
    return Optional.of(
        text.substring(0, s.start()) + value.yaml(s.style()) + text.substring(s.end()));
  }

  private Optional<String> insert(String parent, List<String> keys, ScalarValue value) {
    JsonNode node = doc.root().at(parent);
    if (!node.isObject() || node.isEmpty() || inFlow(parent)) {
      return refuse(parent, "no block mapping to add '" + keys.get(0) + "' to");
    }
    Map.Entry<String, Position> first = firstKey(parent, node);
    Position key = first.getValue();
    int at;
    if (oneLineScalar(Pointers.child(parent, first.getKey()), key.line())) {
      at = yaml.nextLineStart(key.line());
    } else if (yaml.startsLine(key)) {
      at = yaml.lineStart(key.line());
    } else {
      return refuse(parent, "cannot place a new key beside '" + first.getKey() + "'");
    }
    String lineBreak = yaml.lineBreak();
    StringBuilder lines = new StringBuilder();
    String text = yaml.text();
    if (at == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
      lines.append(lineBreak);
    }
    int indent = key.column() - 1;
    for (int i = 0; i < keys.size(); i++) {
      lines.append(" ".repeat(indent + 2 * i)).append(ScalarValue.string(keys.get(i)).yaml(null));
      lines.append(i == keys.size() - 1 ? ": " + value.yaml(null) : ":").append(lineBreak);
    }
    return Optional.of(text.substring(0, at) + lines + text.substring(at));
  }

  /**
   * Whether {@code pointer} or one of its ancestors is written in flow style ({@code {}}, {@code
   * []}).
   */
  private boolean inFlow(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Position start = doc.valuePositions().get(p);
      if (start != null && "{[".indexOf(yaml.text().charAt(yaml.offset(start))) >= 0) {
        return true;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return false;
  }

  private Map.Entry<String, Position> firstKey(String parent, JsonNode node) {
    Comparator<Position> order =
        Comparator.comparingInt(Position::line).thenComparingInt(Position::column);
    Map.Entry<String, Position> first = null;
    for (String name : node.propertyNames()) {
      Position p = doc.keyPosition(Pointers.child(parent, name));
      if (first == null || order.compare(p, first.getValue()) < 0) {
        first = Map.entry(name, p);
      }
    }
    return first;
  }

  private boolean oneLineScalar(String pointer, int keyLine) {
    Position value = doc.valuePositions().get(pointer);
    return value != null
        && value.line() == keyLine
        && doc.root().at(pointer).isValueNode()
        && ScalarSpan.at(yaml, yaml.offset(value)).isPresent();
  }

  private Optional<String> refuse(String pointer, String why) {
    reporter.value(
        Code.KB6005,
        doc,
        pointer,
        why + ": kbforge edits block-style YAML in place and does not rewrite the rest",
        "write this part of the file in block style, then run the command again");
    return Optional.empty();
  }
}
