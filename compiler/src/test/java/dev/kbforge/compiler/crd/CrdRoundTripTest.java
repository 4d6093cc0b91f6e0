package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The generated CRD schemas accept what kbforge accepts: every definition and example Cluster of
 * the repository and of the upstream reference data validates against the CRD of its kind, while a
 * wrong enum value (or a too-long name where a kind has no enum) is rejected at its field.
 */
class CrdRoundTripTest {
  private static final Map<CrdKind, CrdSchemaValidator> VALIDATORS = new EnumMap<>(CrdKind.class);

  @BeforeAll
  static void generate() {
    CrdGenerator generator = new CrdGenerator();
    for (CrdKind kind : CrdKind.values()) {
      VALIDATORS.put(kind, new CrdSchemaValidator(generator.generate(kind)));
    }
  }

  @Test
  void repositoryAddonsAndExamplesValidate() {
    Path root = ProjectRoot.find();
    Map<String, Integer> counts =
        validateAll(List.of(root.resolve("addons"), root.resolve("examples")));
    assertTrue(counts.getOrDefault("Cluster", 0) >= 3, counts.toString());
    assertTrue(counts.getOrDefault("ComponentDefinition", 0) >= 2, counts.toString());
    assertTrue(counts.getOrDefault("ComponentVersion", 0) >= 2, counts.toString());
    assertTrue(counts.getOrDefault("ClusterDefinition", 0) >= 1, counts.toString());
  }

  @Test
  void upstreamDefinitionsAndExamplesValidate() throws Exception {
    Path addons = ReferenceData.addons();
    List<Path> paths = new ArrayList<>();
    try (var files = Files.list(addons)) {
      files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(paths::add);
    }
    paths.add(addons.resolve("examples"));
    paths.add(addons.resolve("examples-addons"));
    Map<String, Integer> counts = validateAll(paths.stream().filter(Files::exists).toList());
    assertTrue(counts.getOrDefault("ComponentDefinition", 0) >= 20, counts.toString());
    assertTrue(counts.getOrDefault("ShardingDefinition", 0) >= 1, counts.toString());
    assertTrue(counts.getOrDefault("Cluster", 0) >= 30, counts.toString());
  }

  /** Validates every document of a CRD kind under {@code paths}; returns the counts per kind. */
  private static Map<String, Integer> validateAll(List<Path> paths) {
    Reporter reporter = new Reporter();
    List<SourceDocument> documents =
        new Pipeline().load(SourceReader.readFiles(paths), reporter).documents();
    Map<String, Integer> counts = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (SourceDocument doc : documents) {
      Optional<CrdKind> kind = kindOf(doc.root());
      if (kind.isEmpty()) {
        continue;
      }
      counts.merge(kind.get().kind(), 1, Integer::sum);
      for (String error : VALIDATORS.get(kind.get()).errors(doc.root())) {
        failures.add(doc.file().name() + " " + doc.name() + ": " + error);
      }
    }
    assertEquals(List.of(), failures);
    return counts;
  }

  private static Optional<CrdKind> kindOf(JsonNode doc) {
    for (CrdKind kind : CrdKind.values()) {
      if (kind.kind().equals(doc.path("kind").asString(""))
          && CrdSchema.apiVersion(kind).equals(doc.path("apiVersion").asString(""))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Test
  void aBadValueIsRejectedAtItsField() {
    Path root = ProjectRoot.find();
    Path redis = root.resolve("addons/redis");
    assertRejected(
        CrdKind.CLUSTER,
        load(redis.resolve("examples/cluster-standalone.yaml")),
        "/spec/terminationPolicy",
        "Halt",
        "enum");
    assertRejected(
        CrdKind.COMPONENT_DEFINITION,
        load(redis.resolve("definitions/cmpd-redis.yaml")),
        "/spec/podManagementPolicy",
        "Sometimes",
        "enum");
    assertRejected(
        CrdKind.CLUSTER_DEFINITION,
        load(redis.resolve("definitions/clusterdefinition.yaml")),
        "/spec/topologies/0/name",
        "x".repeat(33),
        "maxLength");
    assertRejected(
        CrdKind.COMPONENT_VERSION,
        load(redis.resolve("definitions/cmpv-redis.yaml")),
        "/spec/releases/0/name",
        "x".repeat(33),
        "maxLength");
    assertRejected(
        CrdKind.SHARDING_DEFINITION,
        yaml(SHARDING_DEFINITION),
        "/spec/updateStrategy",
        "Sometimes",
        "enum");
    assertRejected(
        CrdKind.INSTANCE_SET,
        yaml(INSTANCE_SET),
        "/spec/memberUpdateStrategy",
        "Sometimes",
        "enum");
  }

  /** {@code doc} is accepted; with {@code bad} at {@code pointer} it is rejected there. */
  private static void assertRejected(
      CrdKind kind, ObjectNode doc, String pointer, String bad, String keyword) {
    CrdSchemaValidator validator = VALIDATORS.get(kind);
    assertEquals(List.of(), validator.errors(doc), kind + " as written");
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) doc.at(pointer.substring(0, slash));
    assertTrue(parent.has(pointer.substring(slash + 1)), pointer + " exists in the document");
    parent.put(pointer.substring(slash + 1), bad);
    assertEquals(List.of(pointer + " " + keyword), validator.errors(doc), kind.kind());
  }

  private static ObjectNode load(Path file) {
    Reporter reporter = new Reporter();
    List<SourceDocument> docs =
        new Pipeline().load(SourceReader.readFiles(List.of(file)), reporter).documents();
    return (ObjectNode) docs.get(0).root();
  }

  private static ObjectNode yaml(String text) {
    return (ObjectNode) YAMLMapper.builder().build().readTree(text);
  }

  private static final String SHARDING_DEFINITION =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ShardingDefinition
      metadata:
        name: demo-shards
      spec:
        template:
          compDef: demo-server
        shardsLimit:
          minShards: 1
          maxShards: 8
        updateStrategy: Serial
      """;

  private static final String INSTANCE_SET =
      """
      apiVersion: workloads.kubeblocks.io/v1
      kind: InstanceSet
      metadata:
        name: demo-server
        namespace: default
      spec:
        replicas: 3
        selector:
          matchLabels:
            app.kubernetes.io/instance: demo
        template:
          metadata:
            labels:
              app.kubernetes.io/instance: demo
          spec:
            containers:
              - name: server
                image: example/server:1.0
        roles:
          - name: leader
            updatePriority: 2
            participatesInQuorum: true
          - name: follower
            updatePriority: 1
        memberUpdateStrategy: Serial
        podManagementPolicy: Parallel
        parallelPodManagementConcurrency: 50%
        instanceUpdateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 1
        instances:
          - name: big
            replicas: 1
            images:
              server: example/server:1.1
      """;
}
