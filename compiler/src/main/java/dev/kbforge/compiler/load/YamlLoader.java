package dev.kbforge.compiler.load;

import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads multi-document YAML into {@link SourceDocument}s that know the line and column of every
 * JSON Pointer. snakeyaml-engine composes the node graph (it keeps marks and shares aliased nodes);
 * this class turns the graph into a JSON tree, rejecting duplicate keys and bounding how far
 * aliases may expand, so an alias bomb is a diagnostic rather than an OutOfMemoryError.
 */
public final class YamlLoader {
  /** Most nodes one document may expand to; real definitions stay far below (redis: ~20k). */
  static final int MAX_NODES = 2_000_000;

  /**
   * Deepest a document may nest once aliases are expanded; as deep as {@link NestingLimit} lets the
   * text itself nest, so only aliases can pass it.
   */
  static final int MAX_DEPTH = NestingLimit.MAX_DEPTH;

  private final LoadSettings settings =
      LoadSettings.builder()
          .setMaxAliasesForCollections(200)
          .setAllowRecursiveKeys(false)
          .setAllowNonScalarKeys(true)
          .setCodePointLimit(128 * 1024 * 1024)
          .setUseMarks(true)
          .setSchema(new PlainTagSchema())
          .build();

  /** Tag given to every implicitly typed scalar, so YAML 1.1 typing can happen afterwards. */
  static final Tag PLAIN = new Tag("tag:kbforge.dev,2026:plain");

  /** Leaves plain scalars untyped (tag {@link #PLAIN}); explicit tags are kept as written. */
  private static final class PlainTagSchema implements org.snakeyaml.engine.v2.schema.Schema {
    @Override
    public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
      return (value, implicit) -> Boolean.TRUE.equals(implicit) ? PLAIN : Tag.STR;
    }

    @Override
    public Map<Tag, org.snakeyaml.engine.v2.api.ConstructNode> getSchemaTagConstructors() {
      return Map.of();
    }
  }

  /** Parses every document of {@code file}; problems go to {@code reporter}. */
  public List<SourceDocument> load(SourceFile file, String text, Reporter reporter) {
    String body = SeparationTabs.toSpaces(text.startsWith("\uFEFF") ? text.substring(1) : text);
    List<SourceDocument> documents = new ArrayList<>();
    Composer composer =
        new Composer(
            settings,
            new NestingLimit(
                new DirectiveCheck(
                    new ParserImpl(
                        settings, new StreamReader(settings, SurrogateSafeReader.of(body))),
                    file,
                    reporter)));
    int index = 0;
    try {
      while (composer.hasNext()) {
        Node node = composer.next();
        int docIndex = index++;
        NodeConverter converter = new NodeConverter(file, reporter);
        JsonNode root;
        try {
          root = converter.convert(node, "", 0);
        } catch (NodeConverter.ExpansionLimit limit) {
          reporter.at(
              Code.KB1004,
              Severity.ERROR,
              file,
              limit.position,
              "aliases expand the document to more than "
                  + MAX_NODES
                  + " nodes or "
                  + MAX_DEPTH
                  + " levels",
              "remove the recursive or exponential anchors and aliases");
          continue;
        }
        if (root.isNull() || root.isMissingNode()) {
          continue; // an empty document (a trailing '---' or only comments)
        }
        if (!root.isObject()) {
          reporter.at(
              Code.KB1009,
              Severity.ERROR,
              file,
              position(node.getStartMark()),
              "a Kubernetes document must be a mapping, found " + kindOf(root),
              "");
          continue;
        }
        documents.add(new SourceDocument(file, docIndex, root, converter.values, converter.keys));
      }
    } catch (NestingLimit.TooDeep deep) {
      reporter.at(
          Code.KB1034,
          Severity.ERROR,
          file,
          deep.position,
          "collections nest more than " + NestingLimit.MAX_DEPTH + " levels deep here",
          "the rest of the file is not read; flatten the structure");
    } catch (YamlEngineException e) {
      YamlSyntaxErrors.report(file, e, reporter);
    }
    return documents;
  }

  private static String kindOf(JsonNode node) {
    return node.isArray() ? "a sequence" : "a scalar";
  }

  static Position position(Optional<Mark> mark) {
    return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.UNKNOWN);
  }
}
