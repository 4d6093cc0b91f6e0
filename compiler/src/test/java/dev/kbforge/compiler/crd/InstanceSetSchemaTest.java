package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * instanceset.schema.json itself (draft 2020-12, with its cross-file $refs): a plausible
 * InstanceSet passes; fields v1 dropped and wrong enum values do not.
 */
class InstanceSetSchemaTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaIdResolvers(
                      resolvers ->
                          resolvers.mapPrefix(
                              SchemaFiles.ID_PREFIX, "classpath:" + SchemaFiles.CLASSPATH)))
          .getSchema(SchemaLocation.of(SchemaFiles.ID_PREFIX + "instanceset.schema.json"));

  private static final String DOCUMENT =
      """
      apiVersion: workloads.kubeblocks.io/v1
      kind: InstanceSet
      metadata:
        name: pg-main
        namespace: db
      spec:
        replicas: 2
        minReadySeconds: 10
        selector:
          matchLabels:
            app.kubernetes.io/instance: pg
        template:
          spec:
            containers:
              - name: postgres
                image: example/postgres:16
        ordinals:
          ranges:
            - start: 0
              end: 1
        volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: [ReadWriteOnce]
        persistentVolumeClaimRetentionPolicy:
          whenDeleted: Retain
          whenScaled: Delete
        podManagementPolicy: OrderedReady
        podUpdatePolicy: PreferInPlace
        memberUpdateStrategy: BestEffortParallel
        roles:
          - name: primary
            updatePriority: 2
            isExclusive: true
          - name: secondary
            updatePriority: 1
        lifecycleActions:
          templateVars:
            PORT: "5432"
          switchover:
            exec:
              command: ["/scripts/switchover.sh"]
        configs:
          - name: postgres-config
            configHash: abc123
            restart: false
            reconfigure:
              exec:
                command: ["/scripts/reload.sh"]
            parameters:
              max_connections: "100"
        offlineInstances: [pg-main-3]
        instanceAssistantObjects:
          - kind: Service
            name: pg-main-headless
        paused: false
        stop: false
        disableDefaultHeadlessService: false
        enableInstanceAPI: false
      """;

  private static List<String> errors(ObjectNode document) {
    return SCHEMA.validate(document).stream().map(Error::getKeyword).toList();
  }

  private static ObjectNode document() {
    return (ObjectNode) YAMLMapper.builder().build().readTree(DOCUMENT);
  }

  @Test
  void aPlausibleInstanceSetPasses() {
    assertEquals(List.of(), errors(document()));
  }

  @Test
  void fieldsThatV1DroppedAreUnknown() {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("spec")).putObject("roleProbe");
    assertEquals(List.of("additionalProperties"), errors(doc));
  }

  @Test
  void aWrongPolicyIsRejected() {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("spec")).put("podManagementPolicy", "Random");
    assertEquals(List.of("enum"), errors(doc));
  }

  @Test
  void selectorAndTemplateAreRequired() {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("spec")).remove("template");
    assertEquals(List.of("required"), errors(doc));
  }
}
