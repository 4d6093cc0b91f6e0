package dev.kbforge.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The written tree is one kustomize accepts, in our order (runs only when kubectl is on PATH). */
class KustomizeTest {
  @TempDir Path parent;

  private static Path kubectl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void kubectlKustomizeGivesBackEveryObjectInApplyOrder() throws IOException, InterruptedException {
    Path kubectl = kubectl();
    assumeTrue(kubectl != null, "kubectl is not on the PATH");
    ObjectNode service = Fixtures.object("v1", "Service", "db", "redis-main");
    service.putObject("spec").putArray("ports").addObject().put("port", 6379).put("name", "redis");
    ObjectNode configMap =
        Fixtures.configMap(
            "db", "redis-main-env", Map.of("ENABLED", "yes", "CONF", "a: 1\nb: 2\n"));
    ObjectNode crd =
        Fixtures.object(
            "apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "a.example.com");
    OutputTree tree =
        GitOpsLayout.build(
            List.of(
                new ClusterObjects("db", "redis", ApplyOrder.prepare(List.of(service, configMap)))),
            List.of(crd));
    Path out = parent.resolve("out");
    new TreeWriter().write(tree, out);

    Process process =
        new ProcessBuilder(kubectl.toString(), "kustomize", out.toString())
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "kubectl did not finish");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);

    List<String> kindsAndNames = new ArrayList<>();
    List<JsonNode> objects = new ArrayList<>();
    YAMLMapper mapper = new YAMLMapper();
    mapper.readValues(mapper.createParser(text), JsonNode.class).forEachRemaining(objects::add);
    for (JsonNode object : objects) {
      kindsAndNames.add(
          object.path("kind").asString() + "/" + object.at("/metadata/name").asString());
    }
    assertEquals(
        List.of(
            "CustomResourceDefinition/a.example.com",
            "ConfigMap/redis-main-env",
            "Service/redis-main"),
        kindsAndNames);
    assertEquals("yes", objects.get(1).at("/data/ENABLED").asString());
    assertEquals("a: 1\nb: 2\n", objects.get(1).at("/data/CONF").asString());
    assertEquals(6379, objects.get(2).at("/spec/ports/0/port").asInt());
  }
}
