package dev.kbforge.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Renders kbforge's own redis addon config template (addons/redis in this repository). */
class RedisConfigTemplateTest {
  private static final Path FOLDER = Path.of("..", "addons", "redis", "templates", "redis-config");

  private final Reporter reporter = new Reporter();

  private SortedMap<String, String> render(long memory) throws IOException {
    String template = Files.readString(FOLDER.resolve("redis.conf.peb"));
    Map<String, Object> context =
        Map.of(
            "PHY_MEMORY", memory,
            "cluster", Map.of("name", "redis-repl", "namespace", "demo"),
            "component",
                Map.of(
                    "name", "redis",
                    "fullName", "redis-repl-redis",
                    "replicas", 2L,
                    "serviceVersion", "7.2.4"));
    return FileTemplateRenderer.render(
            "addons/redis/templates/redis-config",
            Map.of("redis.conf.peb", template),
            context,
            reporter)
        .orElseThrow(() -> new AssertionError(reporter.diagnostics()));
  }

  private static List<String> lines(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void maxmemoryIsEightyPercentOfTheMemoryLimit() throws IOException {
    SortedMap<String, String> out = render(536870912L);
    assertEquals(List.of("redis.conf"), List.copyOf(out.keySet()));
    String conf = out.get("redis.conf");
    assertEquals(List.of("maxmemory 429496729"), lines(conf, "maxmemory "));
    assertTrue(
        conf.startsWith("# redis.conf for redis-repl-redis (cluster redis-repl, namespace demo)"));
    assertEquals(List.of(), reporter.diagnostics());
  }

  @Test
  void noMemoryLimitMeansNoMaxmemoryLine() throws IOException {
    String conf = render(0L).get("redis.conf");
    assertEquals(List.of(), lines(conf, "maxmemory "));
    assertEquals(List.of("maxmemory-policy noeviction"), lines(conf, "maxmemory-policy"));
  }
}
