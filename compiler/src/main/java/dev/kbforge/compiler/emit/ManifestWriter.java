package dev.kbforge.compiler.emit;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Serialises one Kubernetes object to YAML bytes, the same bytes for the same object every time:
 * keys in {@link KeyOrder}, UTF-8, LF line ends, no document marker, 2-space block style, lists
 * written like kubectl and kustomize write them (the dash at the key's indentation), no line
 * folding, strings that would read back as another type quoted ({@link ScalarQuoting}), multi-line
 * strings as literal blocks (the emitter picks {@code |}, {@code |-} or {@code |+} from the
 * trailing newlines, and falls back to a quoted string when a literal block cannot hold the text
 * exactly, e.g. trailing spaces on a line). Thread-safe.
 */
public final class ManifestWriter {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder(
              new ManifestYamlFactory(
                  YAMLFactory.builder()
                      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                      .disable(YAMLWriteFeature.SPLIT_LINES)
                      .disable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                      .disable(YAMLWriteFeature.INDENT_ARRAYS)
                      .disable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                      .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                      .stringQuotingChecker(ScalarQuoting.INSTANCE)))
          .build();

  private ManifestWriter() {}

  /**
   * The object as YAML, keys in the Kubernetes output order. A block mapping's top-level entries
   * are written independently of each other, so the object is written as a run of chunks, and a
   * large mapping of text files comes from {@link RepeatedFiles} when an equal one was written
   * before.
   */
  public static byte[] write(ObjectNode object) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    List<Map.Entry<String, JsonNode>> entries = KeyOrder.topEntries(object);
    int from = 0;
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, JsonNode> entry = entries.get(i);
      if (RepeatedFiles.worthCaching(entry.getValue())) {
        writeEntries(bytes, object, entries.subList(from, i));
        bytes.writeBytes(
            RepeatedFiles.bytes(entry.getKey(), entry.getValue(), () -> entries(object, entry)));
        from = i + 1;
      }
    }
    writeEntries(bytes, object, entries.subList(from, entries.size()));
    return bytes.toByteArray();
  }

  private static byte[] entries(ObjectNode object, Map.Entry<String, JsonNode> entry) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    writeEntries(bytes, object, List.of(entry));
    return bytes.toByteArray();
  }

  private static void writeEntries(
      ByteArrayOutputStream bytes, ObjectNode object, List<Map.Entry<String, JsonNode>> entries) {
    if (entries.isEmpty() && !object.isEmpty()) {
      return; // nothing between two cached entries, or after the last (an empty object is "{}")
    }
    try (JsonGenerator out = MAPPER.createGenerator(bytes)) {
      KeyOrder.writeTopEntries(out, object, entries);
    }
  }
}
