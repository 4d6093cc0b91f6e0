package dev.kbforge.compiler.emit;

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

  /** The object as YAML, keys in the Kubernetes output order. */
  public static byte[] write(ObjectNode object) {
    return MAPPER.writeValueAsBytes(KeyOrder.ordered(object));
  }
}
