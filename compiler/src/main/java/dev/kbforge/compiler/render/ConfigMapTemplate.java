package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A plain ConfigMap used as a file template, the way upstream KubeBlocks addons ship them. Their
 * data is written for Go's text/template ({@code {{ .Values.x }}}, <code>{{- if ... }}</code>),
 * which kbforge does not evaluate: such entries are reported (KB5010) and passed on as written.
 */
public final class ConfigMapTemplate {
  /** A Go-template action: <code>{{</code> ... <code>}}</code>, possibly over several lines. */
  private static final Pattern GO_ACTION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

  private ConfigMapTemplate() {}

  /**
   * The ConfigMap's {@code data} as files (key to text, unchanged, in key order); a KB5010 warning
   * at the value of each key that holds Go-template syntax.
   */
  public static SortedMap<String, String> files(SourceDocument configMap, Reporter reporter) {
    SortedMap<String, String> files = new TreeMap<>();
    JsonNode data = configMap.root().path("data");
    if (!data.isObject()) {
      return files;
    }
    for (Map.Entry<String, JsonNode> entry : data.properties()) {
      if (!entry.getValue().isString()) {
        continue;
      }
      String text = entry.getValue().asString();
      files.put(entry.getKey(), text);
      if (usesGoTemplate(text)) {
        reporter.value(
            Code.KB5010,
            configMap,
            Pointers.child("/data", entry.getKey()),
            "'"
                + entry.getKey()
                + "' is a Go template; kbforge does not render Go templates and copies it as"
                + " written",
            "write it as templates/<name>/" + entry.getKey() + ".peb in Pebble syntax");
      }
    }
    return files;
  }

  /** Whether {@code text} holds a Go-template action. */
  public static boolean usesGoTemplate(String text) {
    return text.contains("{{") && GO_ACTION.matcher(text).find();
  }
}
