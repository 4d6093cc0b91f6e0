package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What a rendered redis tree must show: kustomize reads all of it; it holds no secret. */
class RenderedTreeTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  /** What a generated password looks like: 12+ letters and digits, mixed case, no separators. */
  private static final Pattern GENERATED =
      Pattern.compile("(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])[A-Za-z0-9!@#%^&*+]{12,}");

  /**
   * A value that only refers to a password: a $(VAR) reference, an ExternalSecret template
   * placeholder for the generated value, or nothing.
   */
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\([A-Za-z0-9_]+\\)|\\{\\{ \\.password( \\| upper)? }}|");

  @TempDir Path dir;

  private Path render(String... options) {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("render", redis(), "--out", out.toString()));
    args.addAll(List.of(options));
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.out() + run.err());
    return out;
  }

  private static String redis() {
    return Trees.root().resolve("addons/redis").toString();
  }

  private static Path kubectl() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(d, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void kubectlKustomizeGivesBackEveryObject() throws IOException, InterruptedException {
    Path kubectl = kubectl();
    assumeTrue(kubectl != null, "kubectl is not on the PATH; skipping");
    for (String target : List.of("instanceset", "statefulset")) {
      Path out = render("--target", target);
      Process process =
          new ProcessBuilder(kubectl.toString(), "kustomize", out.toString())
              .redirectErrorStream(true)
              .start();
      byte[] output = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(300, TimeUnit.SECONDS), "kubectl kustomize did not finish");
      String text = new String(output, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), text);
      List<JsonNode> objects = new ArrayList<>();
      YAML.readValues(YAML.createParser(text), JsonNode.class).forEachRemaining(objects::add);
      assertEquals(Trees.objectFiles(out), objects.size(), target + ": " + text);
    }
  }

  @Test
  void theTreeHoldsNoSecretDataAndNoPassword() throws IOException {
    for (String secrets : List.of("apply", "external-secrets")) {
      Path out = render("--secrets", secrets);
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(file);
          for (JsonNode object : documents(text)) {
            String where = secrets + ": " + out.relativize(file);
            boolean secret = object.path("kind").asString("").equals("Secret");
            assertFalse(
                secret && (object.has("data") || object.has("stringData")),
                where + " is a Secret with data");
            scan(object, "", where);
          }
        }
      }
    }
  }

  private static List<JsonNode> documents(String text) {
    List<JsonNode> docs = new ArrayList<>();
    YAML.readValues(YAML.createParser(text), JsonNode.class).forEachRemaining(docs::add);
    return docs;
  }

  /** The workload annotation that carries password policies (not passwords) for kb apply. */
  private static final String PASSWORD_POLICY = "kbforge.dev/password-config";

  /** No password-named key holds a literal, and no value anywhere looks generated. */
  private static void scan(JsonNode node, String pointer, String where) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String path = pointer + "/" + field.getKey();
        JsonNode value = field.getValue();
        if (field.getKey().equals(PASSWORD_POLICY)) {
          // how kb apply makes passwords (length, digits...), JSON: scan what it holds instead
          scan(YAML.readTree(value.asString()), path, where);
          continue;
        }
        if (field.getKey().toLowerCase(java.util.Locale.ROOT).contains("password")
            && value.isValueNode()) {
          assertTrue(
              REFERENCE.matcher(value.asString()).matches(),
              where + path + " holds a literal password");
        }
        scan(value, path, where);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        scan(node.get(i), pointer + "/" + i, where);
      }
    } else if (node.isString()) {
      assertFalse(
          GENERATED.matcher(node.asString()).matches(),
          where + pointer + " looks like a generated password: " + node.asString());
    }
  }
}
