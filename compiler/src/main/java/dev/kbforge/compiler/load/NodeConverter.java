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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      return scalar(scalar);
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

  private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
    ObjectNode object = NODES.objectNode();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        reporter.at(
            Code.KB1010,
            Severity.ERROR,
            file,
            position(keyNode.getStartMark()),
            "mapping keys must be scalars",
            "");
        continue;
      }
      String key = keyScalar.getValue();
      if (keyScalar.isPlain() && key.equals("<<")) {
        merges.add(tuple.getValueNode()); // YAML 1.1 merge key, as go-yaml v2 reads it
        continue;
      }
      String child = Pointers.child(pointer, key);
      Position keyPos = position(keyNode.getStartMark());
      if (object.has(key)) {
        reporter.at(
            Code.KB1003,
            Severity.ERROR,
            file,
            keyPos,
            "duplicate key '" + key + "'",
            "first defined at line " + keys.get(child).line());
        continue;
      }
      keys.put(child, keyPos);
      object.set(key, convert(tuple.getValueNode(), child, depth + 1));
    }
    for (Node merge : merges) {
      mergeInto(object, merge, pointer, depth);
    }
    return object;
  }

  /** Merged entries never override keys written in the mapping itself. */
  private void mergeInto(ObjectNode object, Node merge, String pointer, int depth) {
    List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
    for (Node source : sources) {
      if (!(source instanceof MappingNode)) {
        reporter.at(
            Code.KB1002,
            Severity.ERROR,
            file,
            position(source.getStartMark()),
            "a merge key '<<' needs a mapping or a list of mappings",
            "");
        continue;
      }
      JsonNode merged = convert(source, pointer, depth + 1);
      for (Map.Entry<String, JsonNode> entry : merged.properties()) {
        if (!object.has(entry.getKey())) {
          object.set(entry.getKey(), entry.getValue());
        }
      }
    }
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    boolean typed =
        (PLAIN.equals(tag) && scalar.isPlain())
            || Tag.INT.equals(tag)
            || Tag.FLOAT.equals(tag)
            || Tag.BOOL.equals(tag)
            || Tag.NULL.equals(tag);
    return typed ? Yaml11Scalars.resolvePlain(text) : NODES.stringNode(text);
  }
}
