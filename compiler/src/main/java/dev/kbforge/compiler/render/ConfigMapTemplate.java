package dev.kbforge.compiler.render;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A plain ConfigMap used as a file template, the way upstream KubeBlocks addons ship them: each
 * {@code data} key is a Go text/template, which the compiler renders as KubeBlocks does (see {@code
 * compile.TemplateStage} and {@code render.gotmpl}).
 */
public final class ConfigMapTemplate {
  /** A Go-template action: <code>{{</code> ... <code>}}</code>, possibly over several lines. */
  private static final Pattern GO_ACTION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

  private ConfigMapTemplate() {}

  /** The ConfigMap's string {@code data} as files (key to text, unchanged, in key order). */
  public static SortedMap<String, String> files(SourceDocument configMap) {
    SortedMap<String, String> files = new TreeMap<>();
    JsonNode data = configMap.root().path("data");
    if (!data.isObject()) {
      return files;
    }
    for (Map.Entry<String, JsonNode> entry : data.properties()) {
      if (entry.getValue().isString()) {
        files.put(entry.getKey(), entry.getValue().asString());
      }
    }
    return files;
  }

  /** Whether {@code text} holds a Go-template action. */
  public static boolean usesGoTemplate(String text) {
    return text.contains("{{") && GO_ACTION.matcher(text).find();
  }
}
