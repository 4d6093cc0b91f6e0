package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 (for GitHub code scanning and other viewers): one run whose driver lists one rule per
 * code that occurs, and one result per diagnostic.
 */
final class SarifFormatter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifFormatter() {}

  static String format(ValidateResult result, String toolVersion) {
    List<String> ruleIds = new ArrayList<>(new TreeSet<>(codes(result)));
    ObjectNode root = JsonWriter.object();
    root.put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kbforge").put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (String id : ruleIds) {
      rule(rules.addObject(), id);
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : result.diagnostics()) {
      result(results.addObject(), d, ruleIds.indexOf(d.code()));
    }
    return JsonWriter.write(root);
  }

  private static List<String> codes(ValidateResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private static void rule(ObjectNode rule, String id) {
    Code code = known(id);
    rule.put("id", id);
    rule.putObject("shortDescription").put("text", code == null ? id : code.summary());
    if (code != null) {
      rule.putObject("defaultConfiguration").put("level", level(code.severity()));
    }
  }

  private static void result(ObjectNode out, Diagnostic d, int ruleIndex) {
    out.put("ruleId", d.code()).put("ruleIndex", ruleIndex).put("level", level(d.severity()));
    String text = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
    out.putObject("message").put("text", text);
    ObjectNode location = out.putArray("locations").addObject().putObject("physicalLocation");
    location.putObject("artifactLocation").put("uri", ArtifactUri.of(d.file()));
    if (d.line() > 0) {
      ObjectNode region = location.putObject("region").put("startLine", d.line());
      if (d.column() > 0) {
        region.put("startColumn", d.column());
      }
    }
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** The {@link Code} named {@code id}, or null for a code this build does not know. */
  private static Code known(String id) {
    for (Code code : Code.values()) {
      if (code.name().equals(id)) {
        return code;
      }
    }
    return null;
  }
}
