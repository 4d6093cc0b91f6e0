package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The YAML of large top-level mappings of text files (a ConfigMap's {@code data}), kept once
 * written so the next equal one costs a lookup. Clusters of one addon carry the same scripts and
 * config files again and again (each redis cluster has two 19 KB scripts ConfigMaps, over half of
 * its bytes), and the YAML emitter inspects every character of every scalar it writes, so writing
 * each copy anew was most of the emit time. The cache is keyed by the texts themselves (immutable
 * strings, not the mutable node), and equal keys give equal bytes, so the tree does not change.
 * Bounded by the characters it holds ({@link TextKeyedCache}); shared by the emit workers.
 */
final class RepeatedFiles {
  /** Up to 4 Mi characters of texts kept (with their YAML, some 12 MB at most). */
  private static final TextKeyedCache<byte[]> CACHE = new TextKeyedCache<>(4L << 20);

  private RepeatedFiles() {}

  /**
   * Whether {@code value} is a mapping of strings holding {@link TextKeyedCache#MIN_CHARS} or more
   * characters.
   */
  static boolean worthCaching(JsonNode value) {
    if (!value.isObject()) {
      return false;
    }
    long chars = 0;
    for (JsonNode item : value.values()) {
      if (!item.isString()) {
        return false;
      }
      chars += item.stringValue().length();
    }
    return chars >= TextKeyedCache.MIN_CHARS;
  }

  /**
   * The bytes of the top-level entry {@code name: value} (a mapping {@link #worthCaching} accepts),
   * from the cache or else from {@code write}.
   */
  static byte[] bytes(String name, JsonNode value, Supplier<byte[]> write) {
    // the entry's name, then its mapping's names and texts in the mapping's order
    List<String> key = new ArrayList<>(value.size() * 2 + 1);
    key.add(name);
    long chars = 0;
    for (Map.Entry<String, JsonNode> file : value.properties()) {
      key.add(file.getKey());
      key.add(file.getValue().stringValue());
      chars += file.getValue().stringValue().length();
    }
    return CACHE.get(key, chars, write);
  }

  /** The cache (for tests). */
  static TextKeyedCache<byte[]> cache() {
    return CACHE;
  }
}
