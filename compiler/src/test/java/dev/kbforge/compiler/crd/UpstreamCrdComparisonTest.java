package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Our CRDs against KubeBlocks' own ({@code ../shared/reference/kubeblocks-crds/}, skipped when
 * absent), field by field under {@code spec} (walking properties, items and map values, and
 * stopping where either side keeps unknown fields): the fields upstream has that ours lacks, the
 * fields (and list types) ours has that upstream lacks, and the enum values upstream accepts that
 * ours rejects. Each list must stay within its allow-list, and an allow-list entry that no longer
 * applies must be removed. The kind-level facts (scope, names, columns, subresources) must match
 * too.
 */
class UpstreamCrdComparisonTest {
  /** Spec fields of upstream missing from ours, with the reason each is acceptable. */
  private static final Map<String, String> MISSING_ALLOWED = Map.of();

  /** Spec fields ours adds, with the reason. */
  private static final Map<String, String> EXTRA_ALLOWED =
      Map.of(
          "ComponentDefinition spec.systemAccounts[].passwordGenerationPolicy",
          "the former name of passwordConfig, still written by most upstream addons; kbforge"
              + " accepts it with a warning (a KubeBlocks server on main prunes it)");

  /** Enum values upstream accepts and ours rejects, with the reason. */
  private static final Map<String, String> NARROWED_ALLOWED = Map.of();

  @ParameterizedTest
  @EnumSource(CrdKind.class)
  void specFieldsMatchUpstreamWithinTheAllowLists(CrdKind kind) {
    JsonNode upstream = upstream(kind);
    JsonNode ours = new CrdGenerator().generate(kind);
    String prefix = kind.kind() + " ";
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> narrowed = new ArrayList<>();
    compare(spec(upstream), spec(ours), "spec", missing, extra, narrowed);
    assertWithin(prefix, missing, MISSING_ALLOWED, "upstream fields missing from our CRD");
    assertWithin(prefix, extra, EXTRA_ALLOWED, "fields or list types of our CRD unknown upstream");
    assertWithin(prefix, narrowed, NARROWED_ALLOWED, "upstream enum values our CRD rejects");
  }

  @ParameterizedTest
  @EnumSource(CrdKind.class)
  void kindFactsMatchUpstream(CrdKind kind) {
    JsonNode upstream = upstream(kind).path("spec");
    JsonNode ours = new CrdGenerator().generate(kind).path("spec");
    assertEquals(upstream.path("group"), ours.path("group"));
    assertEquals(upstream.path("scope"), ours.path("scope"));
    assertEquals(upstream.path("names"), ours.path("names"));
    JsonNode upstreamVersion = upstream.path("versions").path(0);
    JsonNode ourVersion = ours.path("versions").path(0);
    assertEquals(upstreamVersion.path("name"), ourVersion.path("name"));
    assertEquals(upstreamVersion.path("subresources"), ourVersion.path("subresources"));
    assertEquals(columns(upstreamVersion), columns(ourVersion));
  }

  /** Name, type and JSON path of each printer column (descriptions are our own words). */
  private static List<String> columns(JsonNode version) {
    List<String> columns = new ArrayList<>();
    for (JsonNode column : version.path("additionalPrinterColumns")) {
      columns.add(
          column.path("name").asString()
              + " "
              + column.path("type").asString()
              + " "
              + column.path("jsonPath").asString());
    }
    return columns;
  }

  private static void compare(
      JsonNode upstream,
      JsonNode ours,
      String path,
      List<String> missing,
      List<String> extra,
      List<String> narrowed) {
    if (ours.has("enum")) {
      Set<String> accepted = new TreeSet<>();
      ours.get("enum").forEach(value -> accepted.add(value.toString()));
      for (JsonNode value : upstream.path("enum")) {
        if (!accepted.contains(value.toString())) {
          narrowed.add(path + "=" + value);
        }
      }
    }
    for (String listKey : List.of("x-kubernetes-list-type", "x-kubernetes-list-map-keys")) {
      if (!upstream.path(listKey).equals(ours.path(listKey))) {
        extra.add(
            path
                + " "
                + listKey
                + " "
                + ours.path(listKey)
                + " (upstream "
                + upstream.path(listKey)
                + ")");
      }
    }
    if (SchemaNodes.preservesUnknown(upstream) || SchemaNodes.preservesUnknown(ours)) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : upstream.path("properties").properties()) {
      JsonNode our = ours.path("properties").get(field.getKey());
      if (our == null) {
        missing.add(SchemaNodes.join(path, field.getKey()));
      } else {
        compare(
            field.getValue(),
            our,
            SchemaNodes.join(path, field.getKey()),
            missing,
            extra,
            narrowed);
      }
    }
    for (String field : ours.path("properties").propertyNames()) {
      if (!upstream.path("properties").has(field)) {
        extra.add(SchemaNodes.join(path, field));
      }
    }
    for (String child : List.of("items", "additionalProperties")) {
      if (upstream.path(child).isObject() && ours.path(child).isObject()) {
        String suffix = child.equals("items") ? "[]" : "{}";
        compare(upstream.get(child), ours.get(child), path + suffix, missing, extra, narrowed);
      }
    }
  }

  private static void assertWithin(
      String prefix, List<String> found, Map<String, String> allowed, String what) {
    Set<String> unexpected = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (String path : found) {
      (allowed.containsKey(prefix + path) ? seen : unexpected).add(prefix + path);
    }
    assertEquals(Set.of(), unexpected, what + " (add them to the schema or the allow-list)");
    for (String entry : allowed.keySet()) {
      if (entry.startsWith(prefix)) {
        assertTrue(seen.contains(entry), "allow-list entry no longer needed: " + entry);
        assertTrue(!allowed.get(entry).isBlank(), "allow-list entry without a reason: " + entry);
      }
    }
  }

  private static JsonNode spec(JsonNode crd) {
    return SchemaNodes.openApiSchema(crd).path("properties").path("spec");
  }

  private static JsonNode upstream(CrdKind kind) {
    Path dir = ReferenceData.dir().resolve("kubeblocks-crds");
    Path file = dir.resolve(kind.group() + "_" + kind.plural() + ".yaml");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no upstream CRD " + file + "; skipping");
    try {
      return YAMLMapper.builder().build().readTree(Files.readString(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
