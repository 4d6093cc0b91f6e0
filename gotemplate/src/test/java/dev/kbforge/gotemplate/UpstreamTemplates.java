package dev.kbforge.gotemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Go-template files of the upstream KubeBlocks addons: every data entry containing "{{" of the
 * template ConfigMaps in the reference data ({@code ../shared/reference/kubeblocks-addons}), read
 * at run time (nothing of them is stored in the project; the golden holds only their ids and
 * whether Go parses them).
 */
final class UpstreamTemplates {
  /** Per template: whether Go parses it. */
  static final Path PARSE_GOLDEN = Corpus.DIR.resolve("upstream-parse.golden");

  /**
   * Per template: Go's result with empty values and missingkey=default, as kind and SHA-256 of the
   * output (the output is upstream text, so only its hash is stored).
   */
  static final Path EMPTY_GOLDEN = Corpus.DIR.resolve("upstream-empty.golden");

  /** KubeBlocks' own functions, as name-only placeholders (the Go renderer defines the same). */
  static final List<String> KUBEBLOCKS_FUNCTIONS =
      List.of(
          "getVolumePathByName",
          "getPVCByName",
          "getEnvByName",
          "getPortByName",
          "getArgByName",
          "getContainerByName",
          "getContainerCPU",
          "getContainerMemory",
          "getContainerRequestMemory",
          "getComponentPVCSizeByName",
          "getPVCSize",
          "callBufferSizeByResource");

  static FunctionMap functionsWithPlaceholders() {
    FunctionMap functions = FunctionMap.sprig();
    for (String kb : KUBEBLOCKS_FUNCTIONS) {
      functions = functions.with(kb, GoFunction.variadic(a -> "", ArgType.ANY));
    }
    return functions;
  }

  static final List<String> ADDONS =
      List.of(
          "clickhouse",
          "elasticsearch",
          "etcd",
          "kafka",
          "mongodb",
          "mysql",
          "postgresql",
          "redis",
          "valkey",
          "zookeeper");

  record Template(String id, String text) {}

  private UpstreamTemplates() {}

  /** The reference folder, found like the compiler's ReferenceData; skips when absent. */
  static Path referenceDir() {
    String env = System.getenv("KBFORGE_REFERENCE");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "kubeblocks-addons"))) {
      return Path.of(env);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path c = d.resolve("shared/reference");
      if (Files.isDirectory(c.resolve("kubeblocks-addons"))) {
        return c;
      }
    }
    Assumptions.assumeTrue(false, "reference data not found; skipping");
    return null;
  }

  @SuppressWarnings("unchecked")
  static List<Template> all() throws IOException {
    Path dir = referenceDir().resolve("kubeblocks-addons");
    Map<String, Template> out = new TreeMap<>();
    for (String addon : ADDONS) {
      try (InputStream in = Files.newInputStream(dir.resolve(addon + ".yaml"))) {
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromInputStream(in)) {
          if (!(doc instanceof Map<?, ?> m) || !"ConfigMap".equals(m.get("kind"))) {
            continue;
          }
          String name = (String) ((Map<String, Object>) m.get("metadata")).get("name");
          Object data = m.get("data");
          if (!(data instanceof Map<?, ?> entries)) {
            continue;
          }
          for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (e.getValue() instanceof String text && text.contains("{{")) {
              String id = addon + "/" + name + "/" + e.getKey();
              out.put(id, new Template(id, text));
            }
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }
}
