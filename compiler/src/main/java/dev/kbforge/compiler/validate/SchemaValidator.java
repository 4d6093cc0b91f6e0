package dev.kbforge.compiler.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * JSON Schema (2020-12) validation of one document against its kind's schema from the {@code
 * schemas} module, with every networknt error turned into a positioned diagnostic.
 */
public final class SchemaValidator {
  /** The {@code $id} prefix of our schemas, mapped to the classpath so nothing is fetched. */
  public static final String ID_PREFIX = "https://kbforge.dev/schemas/";

  private static final String CLASSPATH_PREFIX = "dev/kbforge/schemas/";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_PREFIX)));
  private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);
  private final Map<String, JsonNode> rawSchemas = new ConcurrentHashMap<>();

  public SchemaValidator() {}

  /**
   * The kind's schema, loaded when a document of that kind first comes: a run that meets only a few
   * kinds (most do) does not parse the others' schemas, which is a good part of a short {@code kb
   * validate}.
   */
  private synchronized Schema schema(Kind kind) {
    return schemas.computeIfAbsent(
        kind, k -> registry.getSchema(SchemaLocation.of(ID_PREFIX + fileName(k))));
  }

  private static String fileName(Kind kind) {
    return kind.schemaName() + ".schema.json";
  }

  /** Validates and reports; returns whether the document had no schema errors. */
  public boolean validate(Kind kind, SourceDocument doc, Reporter reporter) {
    List<Error> errors = schema(kind).validate(doc.root());
    for (Error error : errors) {
      report(error, doc, reporter);
    }
    return errors.isEmpty();
  }

  private void report(Error error, SourceDocument doc, Reporter reporter) {
    String pointer = pointer(error.getInstanceLocation());
    String where = pointer.isEmpty() ? "the document" : "'" + pointer + "'";
    String keyword = String.valueOf(error.getKeyword());
    switch (keyword) {
      case "additionalProperties", "unevaluatedProperties" -> {
        String field = error.getProperty();
        String child = Pointers.child(pointer, field);
        reporter.key(
            Code.KB2001,
            doc,
            child,
            "unknown field '" + field + "' in " + where,
            DidYouMean.hint(field, allowedFields(error)));
      }
      case "required" ->
          reporter.key(
              Code.KB2007,
              doc,
              pointer,
              "missing required field '" + error.getProperty() + "' in " + where);
      case "propertyNames" -> reportKeyName(error, doc, reporter, pointer, where);
      default -> reporter.value(codeFor(keyword), doc, pointer, message(error));
    }
  }

  private static Code codeFor(String keyword) {
    return switch (keyword) {
      case "type" -> Code.KB2002;
      case "enum", "const" -> Code.KB2003;
      case "pattern", "format" -> Code.KB2004;
      case "minLength", "maxLength" -> Code.KB2005;
      case "minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems" -> Code.KB2006;
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
          Code.KB2008;
      default -> Code.KB2009;
    };
  }

  /**
   * A map key that breaks its {@code propertyNames} schema: networknt reports only the map, so the
   * key is checked again against that subschema to learn which rule (length, pattern...) it broke,
   * and the finding points at the key.
   */
  private void reportKeyName(
      Error error, SourceDocument doc, Reporter reporter, String pointer, String where) {
    String name = error.getProperty();
    String key = Pointers.child(pointer, name);
    List<Error> reasons =
        registry.getSchema(error.getSchemaLocation()).validate(StringNode.valueOf(name));
    for (Error reason : reasons) {
      reporter.key(
          codeFor(String.valueOf(reason.getKeyword())),
          doc,
          key,
          "key '" + name + "' in " + where + ": " + reason.getMessage().replaceFirst("^: ", ""));
    }
    if (reasons.isEmpty()) {
      reporter.key(Code.KB2009, doc, key, message(error));
    }
  }

  /** networknt's message without its leading instance location. */
  private static String message(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    if (message.startsWith(location + ": ")) {
      message = message.substring(location.length() + 2);
    }
    String pointer = pointer(error.getInstanceLocation());
    return (pointer.isEmpty() ? "" : "'" + pointer + "' ") + message;
  }

  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer index) {
        out.append('/').append(index);
      } else {
        out.append(Pointers.child("", String.valueOf(element)));
      }
    }
    return out.toString();
  }

  /** Property names the schema that rejected a field does allow, for "did you mean". */
  private List<String> allowedFields(Error error) {
    List<String> names = new ArrayList<>();
    JsonNode parent = parentSchema(error.getSchemaLocation());
    if (parent != null) {
      parent.path("properties").propertyNames().forEach(names::add);
    }
    return names;
  }

  private JsonNode parentSchema(SchemaLocation location) {
    String text = location.toString();
    int hash = text.indexOf('#');
    if (hash < 0 || !text.startsWith(ID_PREFIX)) {
      return null;
    }
    JsonNode root =
        rawSchemas.computeIfAbsent(text.substring(ID_PREFIX.length(), hash), this::load);
    String fragment = text.substring(hash + 1);
    String parent = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
    return root.at(parent);
  }

  private JsonNode load(String file) {
    try (InputStream in =
        SchemaValidator.class.getClassLoader().getResourceAsStream(CLASSPATH_PREFIX + file)) {
      return in == null ? JSON.missingNode() : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
