package dev.kbforge.compiler.load;

import static dev.kbforge.compiler.load.YamlLoader.MAX_DEPTH;
import static dev.kbforge.compiler.load.YamlLoader.MAX_NODES;
import static dev.kbforge.compiler.load.YamlLoader.PLAIN;
import static dev.kbforge.compiler.load.YamlLoader.position;

import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one document's snakeyaml node graph into a JSON tree for {@link YamlLoader}, recording the
 * position of every value and key by JSON Pointer; rejects duplicate and non-scalar keys, applies
 * YAML 1.1 merge keys, and spends a node budget so aliases cannot expand without bound.
 */
final class NodeConverter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Thrown inside the conversion when the alias budget is spent; caught per document. */
  static final class ExpansionLimit extends RuntimeException {
    final Position position;

    ExpansionLimit(Position position) {
      super(null, null, false, false);
      this.position = position;
    }
  }

  private final SourceFile file;
  private final Reporter reporter;
  final Map<String, Position> values = new HashMap<>();
  final Map<String, Position> keys = new HashMap<>();
  private int budget = MAX_NODES;

  NodeConverter(SourceFile file, Reporter reporter) {
    this.file = file;
    this.reporter = reporter;
  }

  JsonNode convert(Node node, String pointer, int depth) {
    if (--budget < 0 || depth > MAX_DEPTH) {
      throw new ExpansionLimit(position(node.getStartMark()));
    }
    values.putIfAbsent(pointer, position(node.getStartMark()));
    if (node instanceof ScalarNode scalar) {
      return checked(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      for (Node item : sequence.getValue()) {
        array.add(convert(item, Pointers.child(pointer, array.size()), depth + 1));
      }
      return array;
    }
    return mapping((MappingNode) node, pointer, depth);
  }

  /**
   * Entries apply in order, as go-yaml v2 applies them (decode.go, mapping): a merge key sets every
   * merged entry, over any key written before it, and a key written after a merge overrides the
   * merged one. Only a key written twice is a duplicate.
   */
  private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
    ObjectNode object = NODES.objectNode();
    Set<String> written = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Position keyPos = position(keyNode.getStartMark());
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        error(Code.KB1010, keyPos, "mapping keys must be scalars", "");
        continue;
      }
      if (keyScalar.isPlain() && keyScalar.getValue().equals("<<")) {
        mergeInto(object, tuple.getValueNode(), pointer, depth); // YAML 1.1 merge key
        continue;
      }
      String key = YamlKeys.name(keyScalar);
      if (key == null) {
        error(Code.KB1022, keyPos, "a null key ('~', 'null' or empty) cannot be a JSON name", "");
        continue;
      }
      String child = Pointers.child(pointer, key);
      if (!written.add(key)) {
        error(
            Code.KB1003,
            keyPos,
            "duplicate key '" + key + "'",
            "first defined at line " + keys.get(child).line());
        continue;
      }
      keys.put(child, keyPos);
      object.set(key, convert(tuple.getValueNode(), child, depth + 1));
    }
    return object;
  }

  /** In a list of merges the first mapping wins, so they apply from the last to the first. */
  private void mergeInto(ObjectNode object, Node merge, String pointer, int depth) {
    List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
    for (int i = sources.size() - 1; i >= 0; i--) {
      Node source = sources.get(i);
      if (!(source instanceof MappingNode)) {
        error(
            Code.KB1002,
            position(source.getStartMark()),
            "a merge key '<<' needs a mapping or a list of mappings",
            "");
        continue;
      }
      JsonNode merged = convert(source, pointer, depth + 1);
      for (Map.Entry<String, JsonNode> entry : merged.properties()) {
        object.set(entry.getKey(), entry.getValue());
      }
    }
  }

  /** A scalar's value; a number JSON cannot hold, or a bad !!binary, is an error here. */
  private JsonNode checked(ScalarNode node) {
    JsonNode value;
    try {
      value = scalar(node);
    } catch (IllegalArgumentException badBase64) {
      error(Code.KB1002, position(node.getStartMark()), "!!binary value is not base64", "");
      return NODES.stringNode(node.getValue());
    }
    if (value.isDouble() && !Double.isFinite(value.doubleValue())) {
      error(
          Code.KB1021,
          position(node.getStartMark()),
          "'" + node.getValue() + "' cannot be written as JSON, so Kubernetes refuses it",
          "quote it to have a string");
    }
    return value;
  }

  private void error(Code code, Position at, String message, String hint) {
    reporter.at(code, Severity.ERROR, file, at, message, hint);
  }

  /**
   * A scalar's value the way go-yaml v2 types it: plain scalars and core tags by YAML 1.1, !!binary
   * decoded to its text (throws IllegalArgumentException when it is not base64), anything else a
   * string.
   */
  static JsonNode scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.BINARY.equals(tag)) {
      byte[] bytes = Base64.getDecoder().decode(text.replace("\n", "").replace("\r", ""));
      return NODES.stringNode(new String(bytes, StandardCharsets.UTF_8));
    }
    boolean typed =
        (PLAIN.equals(tag) && scalar.isPlain())
            || Tag.INT.equals(tag)
            || Tag.FLOAT.equals(tag)
            || Tag.BOOL.equals(tag)
            || Tag.NULL.equals(tag);
    return typed ? Yaml11Scalars.resolvePlain(text) : NODES.stringNode(text);
  }
}
