package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.emit.OutputTree;
import dev.kbforge.compiler.emit.TreeWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The CRD files: deterministic bytes, YAML that reads back as the generated objects, and files
 * kubectl reads (the kubectl tests run only when kubectl is on the PATH; the dry-run create needs
 * an API server for discovery and is skipped without one).
 */
class CrdFilesTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  @TempDir Path parent;

  @Test
  void generatingTwiceGivesTheSameBytes() {
    OutputTree first = new CrdGenerator().tree();
    OutputTree second = new CrdGenerator().tree();
    assertEquals(first.files().keySet(), second.files().keySet());
    first.files().forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    CrdGenerator generator = new CrdGenerator();
    assertEquals(generator.tree(), generator.tree());
  }

  @Test
  void oneFilePerKindAndAKustomizationListingThem() {
    OutputTree tree = new CrdGenerator().tree();
    List<String> expected = new ArrayList<>();
    for (CrdKind kind : CrdKind.values()) {
      expected.add(kind.crdName() + ".yaml");
    }
    JsonNode kustomization = YAML.readTree(tree.text("kustomization.yaml"));
    assertEquals(expected, strings(kustomization.path("resources")));
    assertEquals(expected.size() + 1, tree.size());
  }

  @Test
  void theYamlReadsBackAsTheGeneratedObjects() {
    CrdGenerator generator = new CrdGenerator();
    OutputTree tree = generator.tree();
    for (CrdKind kind : CrdKind.values()) {
      String text = tree.text(CrdGenerator.fileName(kind));
      assertEquals(generator.generate(kind), YAML.readTree(text), kind.crdName());
    }
  }

  @Test
  void kubectlReadsEveryCrdOffline() throws Exception {
    Path kubectl = kubectl();
    Path out = write();
    for (CrdKind kind : CrdKind.values()) {
      Path file = out.resolve(CrdGenerator.fileName(kind));
      Result result =
          run(kubectl, "label", "--local", "-f", file.toString(), "probe=1", "-o", "name");
      assertEquals(0, result.status(), result.output());
      assertEquals(expectedName(kind), result.output().strip());
    }
  }

  @Test
  void kubectlDryRunCreateAcceptsEveryCrd() throws Exception {
    Path kubectl = kubectl();
    Path out = write();
    for (CrdKind kind : CrdKind.values()) {
      Path file = out.resolve(CrdGenerator.fileName(kind));
      Result result =
          run(kubectl, "create", "--dry-run=client", "-f", file.toString(), "-o", "name");
      if (result.status() != 0 && noServer(result.output())) {
        abort("kubectl create --dry-run=client needs an API server for discovery; none here");
      }
      assertEquals(0, result.status(), result.output());
      assertEquals(expectedName(kind), result.output().strip());
    }
  }

  private static String expectedName(CrdKind kind) {
    return "customresourcedefinition.apiextensions.k8s.io/" + kind.crdName();
  }

  private static boolean noServer(String output) {
    return output.contains("connection refused")
        || output.contains("couldn't get current server API group list")
        || output.contains("failed to download openapi")
        || output.contains("no configuration has been provided")
        || output.contains("unable to recognize");
  }

  private Path write() {
    Path out = parent.resolve("crds");
    new TreeWriter().write(new CrdGenerator().tree(), out);
    return out;
  }

  private record Result(int status, String output) {}

  private static Result run(Path kubectl, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(kubectl.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "kubectl did not finish");
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static Path kubectl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    abort("kubectl is not on the PATH");
    return null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }
}
