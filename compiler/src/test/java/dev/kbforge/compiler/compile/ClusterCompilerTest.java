package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.render.StandaloneTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The orchestration of the compile phases, with stub synthesizer and lowerer. */
class ClusterCompilerTest {
  @TempDir Path dir;
  @TempDir Path parent;

  private CompileFixture fixture() {
    return new CompileFixture(dir).addon();
  }

  private Path out() {
    return parent.resolve("out");
  }

  private String read(String path) throws IOException {
    return Files.readString(out().resolve(path));
  }

  @Test
  void templateFolderIsRenderedWithVarsClusterAndComponent() throws IOException {
    CompileFixture f = fixture().file("clusters/a.yaml", CompileFixture.cluster("a"));
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertTrue(result.written());
    assertEquals(1, result.clusters());
    assertEquals(2, result.objects());
    String config = read("demo/a/configmap-a-db-config.yaml");
    assertTrue(
        config.contains("tiny.conf: |\n    port 6379\n    name a-db.demo\n    replicas 2\n"),
        config);
  }

  @Test
  void scriptsRenderAsGoTemplatesAndShellSyntaxSurvives() throws IOException {
    CompileFixture f = fixture().file("clusters/a.yaml", CompileFixture.cluster("a"));
    f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    String scripts = read("demo/a/configmap-a-db-scripts.yaml");
    assertTrue(scripts.contains("echo ${#x} {# not a comment #} {{ raw }}"), scripts);
  }

  @Test
  void clusterConfigVariablesOverrideTheContext() throws IOException {
    String cluster =
        CompileFixture.cluster("a")
            + """
                  configs:
                    - name: config
                      variables:
                        PORT: "7000"
            """;
    CompileFixture f = fixture().file("clusters/a.yaml", cluster);
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertTrue(read("demo/a/configmap-a-db-config.yaml").contains("port 7000\n"));
  }

  @Test
  void checksumFollowsTheRenderedFiles() throws IOException {
    CompileFixture f =
        fixture()
            .file("clusters/a.yaml", CompileFixture.cluster("a"))
            .file("clusters/b.yaml", CompileFixture.cluster("b"));
    f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    String a = checksum(read("demo/a/configmap-a-db-scripts.yaml"));
    String b = checksum(read("demo/b/configmap-b-db-scripts.yaml"));
    String aConfig = checksum(read("demo/a/configmap-a-db-config.yaml"));
    String bConfig = checksum(read("demo/b/configmap-b-db-config.yaml"));
    assertEquals(a, b, "same script files, same sum");
    assertFalse(aConfig.equals(bConfig), "configs differ by cluster name");
    assertEquals(64, a.length());
  }

  private static String checksum(String yaml) {
    int at = yaml.indexOf("checksum: ");
    return yaml.substring(at + "checksum: ".length(), yaml.indexOf('\n', at));
  }

  @Test
  void missingTemplateIsAnErrorAtTheDefinitionAndNothingIsWritten() {
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertEquals(
        List.of(
            "KB3137@addons/tiny/definitions/tiny.yaml:21:17",
            "KB5401@addons/tiny/definitions/tiny.yaml:21:17"),
        f.codes(result.diagnostics()));
    assertFalse(result.written());
    assertFalse(Files.exists(out()));
  }

  @Test
  void missingTemplateIsReportedOnceForManyClusters() {
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("clusters/a.yaml", CompileFixture.cluster("a"))
            .file("clusters/b.yaml", CompileFixture.cluster("b"));
    ValidateResult result = f.validate("addons/tiny", "clusters");
    assertEquals(
        List.of(
            "KB3137@addons/tiny/definitions/tiny.yaml:21:17",
            "KB5401@addons/tiny/definitions/tiny.yaml:21:17"),
        f.codes(result.diagnostics()));
  }

  @Test
  void validateReportsTemplateErrorsAtTheTemplateLine() {
    CompileFixture f =
        fixture()
            .file("addons/tiny/templates/tiny-config/tiny.conf.peb", "a\nport {{ PROT }}\n")
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    ValidateResult result = f.validate("addons/tiny", "clusters");
    assertEquals(
        List.of("KB5002@addons/tiny/templates/tiny-config/tiny.conf.peb:2:9"),
        f.codes(result.diagnostics()));
  }

  @Test
  void oneBrokenClusterDoesNotHideTheOthersProblems() {
    String second =
        CompileFixture.cluster("b")
            + """
                  configs:
                    - name: config
                      configMap:
                        name: not-there
            """;
    CompileFixture f =
        fixture()
            .file("addons/tiny/templates/tiny-config/tiny.conf.peb", "{{ NOPE }}\n")
            .file("clusters/a.yaml", CompileFixture.cluster("a"))
            .file("clusters/b.yaml", second);
    ValidateResult result = f.validate("addons/tiny", "clusters");
    assertEquals(
        List.of(
            "KB5002@addons/tiny/templates/tiny-config/tiny.conf.peb:1:4",
            "KB5402@clusters/b.yaml:15:19"),
        f.codes(result.diagnostics()));
  }

  @Test
  void externalManagedTemplatesAreNotRendered() throws IOException {
    String cluster =
        CompileFixture.cluster("a")
            + """
                  configs:
                    - name: config
                      externalManaged: true
            """;
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("clusters/a.yaml", cluster);
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    // the definition alone still lacks the source: a warning, not an error; and nothing makes
    // the ConfigMap the pods mount: a warning at the Cluster's externalManaged
    assertEquals(
        List.of(
            "KB3137@addons/tiny/definitions/tiny.yaml:21:17",
            "KB5407@clusters/a.yaml:" + externalManagedAt(cluster)),
        f.codes(result.diagnostics()));
    assertTrue(result.written());
    assertFalse(Files.exists(out().resolve("demo/a/configmap-a-db-config.yaml")));
    assertTrue(Files.exists(out().resolve("demo/a/configmap-a-db-scripts.yaml")));
  }

  @Test
  void aConfigMapDocumentServesAsTemplateAndItsGoTemplatesAreRendered() throws IOException {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: tiny-config
        data:
          tiny.conf: |
            port {{ add 6000 379 }}
            name {{ printf "%q" "x" }}
        """;
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("upstream/cm.yaml", configMap)
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    RenderResult result =
        f.render(out(), Target.INSTANCESET, "addons/tiny", "upstream", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertTrue(read("demo/a/configmap-a-db-config.yaml").contains("port 6379\n    name \"x\""));
  }

  /**
   * {@code kb template} (StandaloneTemplate) with the component's template vars as values and
   * {@code missingkey=error} gives the bytes kb render puts in the ConfigMap.
   */
  @Test
  void aTemplateRenderedOnItsOwnGivesTheBytesOfTheRender() throws IOException {
    String template = "port {{ .PORT }}\nnext {{ add .PORT 1 }}\n{{- /* trimmed */}}\n";
    String configMap =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tiny-config\ndata:\n"
            + "  tiny.conf: |\n"
            + template.lines().map(l -> "    " + l + "\n").collect(Collectors.joining());
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("upstream/cm.yaml", configMap)
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    RenderResult result =
        f.render(out(), Target.INSTANCESET, "addons/tiny", "upstream", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    String rendered =
        new YAMLMapper()
            .readTree(read("demo/a/configmap-a-db-config.yaml"))
            .path("data")
            .path("tiny.conf")
            .asString();
    Reporter reporter = new Reporter();
    Optional<String> alone =
        StandaloneTemplate.render(
            "tiny.conf",
            template,
            Optional.of(Map.entry("values.json", "{\"PORT\": \"6379\"}")),
            true,
            reporter);
    assertEquals(List.of(), reporter.diagnostics());
    assertEquals("port 6379\nnext 6380\n", rendered);
    assertEquals(rendered, alone.orElseThrow());
  }

  /**
   * KubeBlocks renders with missingkey=error: a key no var provides fails the render, reported
   * inside the ConfigMap's block scalar (line 7, the column of the field after the 4-space indent),
   * and the previous tree stays as it was.
   */
  @Test
  void aGoTemplateErrorIsReportedInsideTheBlockScalarAndNothingIsWritten() throws IOException {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: tiny-config
        data:
          tiny.conf: |
            port {{ .NO_SUCH_VAR }}
        """;
    fixture()
        .file("clusters/a.yaml", CompileFixture.cluster("a"))
        .render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("upstream/cm.yaml", configMap)
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    String previous = read("demo/a/configmap-a-db-config.yaml");
    RenderResult result =
        f.render(out(), Target.INSTANCESET, "addons/tiny", "upstream", "clusters");
    assertEquals(List.of("KB5703@upstream/cm.yaml:7:13"), f.codes(result.diagnostics()));
    assertFalse(result.written());
    assertEquals(previous, read("demo/a/configmap-a-db-config.yaml"));
  }

  @Test
  void yamlFilesInTemplateFoldersAreNotDocuments() {
    CompileFixture f =
        fixture()
            .file("addons/tiny/templates/tiny-config/extra.yaml", "not: [a, document\n")
            .file("clusters/a.yaml", CompileFixture.cluster("a"));
    ValidateResult result = f.validate("addons/tiny", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertEquals(5, result.documents()); // addon, 3 definitions, cluster
  }

  @Test
  void withoutItsFolderATemplateIsReportedByValidationToo() {
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-scripts/start.sh")
            .delete("addons/tiny/templates/tiny-scripts");
    ValidateResult result = f.validate("addons/tiny");
    assertEquals(
        List.of("KB3137@addons/tiny/definitions/tiny.yaml:25:17"), f.codes(result.diagnostics()));
  }

  @Test
  void clusterWithValidationErrorsIsNotCompiled() {
    String cluster = CompileFixture.cluster("a").replace("clusterDef: tiny", "clusterDef: tinny");
    CompileFixture f =
        fixture()
            .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
            .delete("addons/tiny/templates/tiny-config")
            .file("clusters/a.yaml", cluster);
    ValidateResult result = f.validate("addons/tiny", "clusters");
    // no KB5401: the Cluster is not compiled
    assertEquals(
        List.of("KB3137@addons/tiny/definitions/tiny.yaml:21:17", "KB4010@clusters/a.yaml:7:15"),
        f.codes(result.diagnostics()));
  }

  @Test
  void twoObjectsWithOneNameFailTheClusterInsteadOfTheRun() {
    // component db's config "config-scripts" and component db-config's script "scripts" both
    // become ConfigMap a-db-config-scripts
    String clash =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: clash-1.0
        spec:
          serviceVersion: 1.0.0
          configs:
            - name: config-scripts
              template: tiny-config
              volumeName: conf
          runtime:
            containers:
              - name: db
                image: example.org/tiny:1.0.0
        """;
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: a
          namespace: demo
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: db
              componentDef: clash
              replicas: 1
            - name: db-config
              componentDef: tiny
              replicas: 1
        """;
    CompileFixture f =
        fixture()
            .file("addons/tiny/definitions/clash.yaml", clash)
            .file("clusters/a.yaml", cluster);
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertEquals(List.of("KB5405@clusters/a.yaml:4:9"), f.codes(result.diagnostics()));
    assertFalse(result.written());
  }

  @Test
  void clusterNamesThatCannotBeFoldersAreReported() {
    String cluster =
        CompileFixture.cluster("a")
            .replace("name: a\n", "name: Bad_Name\n")
            .replace("namespace: demo", "namespace: Not.Ok");
    CompileFixture f = fixture().file("clusters/a.yaml", cluster);
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertEquals(
        List.of("KB5406@clusters/a.yaml:4:9", "KB5406@clusters/a.yaml:5:14"),
        f.codes(result.diagnostics()));
  }

  /** {@code line:col} (1-based) of the {@code externalManaged} key in the cluster text. */
  private static String externalManagedAt(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf("externalManaged");
      if (column >= 0) {
        return (i + 1) + ":" + (column + 1);
      }
    }
    throw new AssertionError("no externalManaged line");
  }
}
