package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Upstream mysql's config template {@code mysql-replication-config} has its own {@code reconfigure}
 * action (configs[].reconfigure) and no restartOnFileChange. On the InstanceSet target its {@code
 * spec.configs} entry is what controllers/apps/component/transformer_component_template.go
 * buildConfigTemplates builds from pkg/controller/component/synthesize_component.go
 * synthesizeFileTemplate's merge; on the StatefulSet target it leaves the pod-template checksum
 * (pkg/controller/instanceset/instance_util.go hasConfigRestart would not recreate the pod) and is
 * listed for kb apply's reconfigure calls instead.
 */
class UpstreamReconfigureTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String TEMPLATE = "mysql-replication-config";
  private static final String DIR = "demo/mysql-cluster/";

  @TempDir Path tmp;

  /** mysql's example Cluster, its component given {@code configs} when not null. */
  private Compiled compile(Target target, String configs) throws Exception {
    Path addons = ReferenceData.addons();
    Path example = addons.resolve("examples/mysql/cluster.yaml");
    assumeTrue(Files.isRegularFile(example), "reference data not found; skipping");
    ObjectNode cluster = (ObjectNode) YAML.readTree(example.toFile());
    if (configs != null) {
      ((ObjectNode) cluster.path("spec").path("componentSpecs").get(0))
          .set("configs", YAML.readTree(configs));
    }
    Path file = tmp.resolve("cluster.yaml");
    YAML.writeValue(file.toFile(), cluster);
    Reporter reporter = new Reporter();
    RenderOptions defaults = RenderOptions.defaults();
    Compiled compiled =
        new Pipeline()
            .compile(
                SourceReader.read(List.of(addons.resolve("mysql.yaml"), file)),
                new RenderOptions(target, defaults.secrets(), defaults.clusterDomain()),
                reporter);
    assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
    return compiled;
  }

  private static JsonNode object(Compiled compiled, String path) {
    byte[] bytes = compiled.tree().files().get(path);
    assertTrue(bytes != null, () -> path + " not in " + compiled.tree().files().keySet());
    return YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
  }

  /** The component's template ConfigMaps' content hashes, by template name. */
  private static Map<String, String> hashes(Compiled compiled) {
    Map<String, String> hashes = new TreeMap<>();
    String prefix = DIR + "configmap-mysql-cluster-mysql-";
    compiled
        .tree()
        .files()
        .forEach(
            (path, bytes) -> {
              if (path.startsWith(prefix)) {
                JsonNode cm = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
                JsonNode meta = cm.path("metadata");
                String hash =
                    meta.path("annotations").path("config.kubeblocks.io/config-hash").asString("");
                if (hash.isEmpty()) {
                  hash = meta.path("labels").path("config.kubeblocks.io/config-hash").asString("");
                }
                String name =
                    meta.path("name").asString().substring("mysql-cluster-mysql-".length());
                if (!hash.isEmpty()) {
                  hashes.put(name, hash);
                }
              }
            });
    return hashes;
  }

  /** SHA-256 hex over {@code name:hash} lines in name order (how render sums the templates). */
  private static String sum(Map<String, String> hashes) throws Exception {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(hashes).forEach((k, v) -> text.append(k).append(':').append(v).append('\n'));
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String checksum(JsonNode sts) {
    return sts.path("spec")
        .path("template")
        .path("metadata")
        .path("annotations")
        .path("kbforge.dev/config-checksum")
        .asString("");
  }

  @Test
  void theStatefulSetChecksumLeavesOutExactlyTheReloadedTemplate() throws Exception {
    Compiled compiled = compile(Target.STATEFULSET, null);
    JsonNode sts = object(compiled, DIR + "statefulset-mysql-cluster-mysql.yaml");
    Map<String, String> hashes = hashes(compiled);
    assertTrue(hashes.containsKey(TEMPLATE), hashes::toString);
    assertTrue(hashes.size() > 1, "the scripts are templates too: " + hashes);
    Map<String, String> rolling = new TreeMap<>(hashes);
    rolling.remove(TEMPLATE);
    assertEquals(sum(rolling), checksum(sts));

    JsonNode hints =
        YAML.readTree(
            sts.path("metadata").path("annotations").path("kbforge.dev/reconfigure").asString());
    assertEquals(1, hints.size());
    JsonNode hint = hints.get(0);
    assertEquals(TEMPLATE, hint.path("template").asString());
    assertEquals("udf-reconfigure-cmpd-" + TEMPLATE, hint.path("action").asString());
    assertEquals(hashes.get(TEMPLATE), hint.path("configHash").asString());
    assertEquals("mysql-cluster-mysql-" + TEMPLATE, hint.path("configMap").asString());
    // the mysql container mounts volume mysql-config there (the definition's runtime)
    assertEquals("/etc/mysql/conf.d", hint.path("mountPath").asString());
  }

  @Test
  void aTemplateTheClusterRestartsStaysInTheChecksumAndIsNotReloaded() throws Exception {
    Compiled compiled = compile(Target.STATEFULSET, "[{name: " + TEMPLATE + ", restart: true}]");
    JsonNode sts = object(compiled, DIR + "statefulset-mysql-cluster-mysql.yaml");
    Map<String, String> hashes = hashes(compiled);
    assertEquals(sum(hashes), checksum(sts));
    assertFalse(sts.path("metadata").path("annotations").has("kbforge.dev/reconfigure"));
  }

  @Test
  void theInstanceSetConfigEntryIsWhatBuildConfigTemplatesBuilds() throws Exception {
    Compiled compiled = compile(Target.INSTANCESET, null);
    JsonNode its = object(compiled, DIR + "instanceset-mysql-cluster-mysql.yaml");
    JsonNode configs = its.path("spec").path("configs");
    assertEquals(1, configs.size());
    JsonNode entry = configs.get(0);
    assertEquals(TEMPLATE, entry.path("name").asString());
    assertEquals(hashes(compiled).get(TEMPLATE), entry.path("configHash").asString());
    // no restartOnFileChange and no Cluster restart: Restart is nil, omitted
    assertFalse(entry.has("restart"));
    assertEquals("reconfigure-cmpd-" + TEMPLATE, entry.path("reconfigureActionName").asString());
    assertEquals(
        List.of("bash", "-c"),
        List.of(
            entry.path("reconfigure").path("exec").path("command").get(0).asString(),
            entry.path("reconfigure").path("exec").path("command").get(1).asString()));
    assertEquals(
        "All", entry.path("reconfigure").path("exec").path("targetPodSelector").asString());
    assertFalse(entry.has("parameters"));
    assertFalse(entry.has("reconfigureArgs"));
    assertNotEquals("", checksum(its), "the scripts still roll");
  }

  @Test
  void theClustersConfigEntryOverridesHashRestartParametersAndArgs() throws Exception {
    Compiled compiled =
        compile(
            Target.INSTANCESET,
            "[{name: "
                + TEMPLATE
                + ", configHash: abc123, restart: true, variables: {max_connections: '200'},"
                + " reconfigureArgs: [[max_connections, '200']]}]");
    JsonNode entry =
        object(compiled, DIR + "instanceset-mysql-cluster-mysql.yaml")
            .path("spec")
            .path("configs")
            .get(0);
    assertEquals("abc123", entry.path("configHash").asString());
    assertTrue(entry.path("restart").asBoolean());
    assertEquals("200", entry.path("parameters").path("max_connections").asString());
    assertEquals("[[\"max_connections\",\"200\"]]", entry.path("reconfigureArgs").toString());
  }
}
