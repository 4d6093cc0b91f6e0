package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** addon.schema.json (kbforge's addon.yaml) and configmap.schema.json. */
class AddonSchemaTest {
  @TempDir Path tmp;

  private List<String> schemaCodes(String text) {
    CompilerHarness harness = new CompilerHarness(tmp).file("a.yaml", text);
    return harness.codes(harness.validate()).stream().filter(c -> c.startsWith("KB200")).toList();
  }

  private static String addon(String name, String spec) {
    return """
        apiVersion: kbforge.dev/v1alpha1
        kind: Addon
        metadata:
          name: %s
        spec:
        """
            .formatted(name)
        + spec.indent(2);
  }

  private static String configMap(String body) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: redis-config
        """
        + body;
  }

  @Test
  void addonWithAllFieldsIsValid() {
    assertEquals(
        List.of(),
        schemaCodes(
            addon(
                "redis",
                """
                version: 1.2.0-alpha.0
                description: Redis, with replication and sharding
                provider: community
                values:
                  majors: [7, 8]
                  image: {registry: docker.io}
                """)));
  }

  @Test
  void addonWithoutVersionIsReportedAtTheSpecKey() {
    assertEquals(
        List.of("KB2007@a.yaml:5:1"), schemaCodes(addon("redis", "description: no version")));
  }

  @Test
  void versionMustBeASemverString() {
    assertEquals(List.of("KB2004@a.yaml:6:12"), schemaCodes(addon("redis", "version: \"1.2\"")));
    assertEquals(List.of("KB2002@a.yaml:6:12"), schemaCodes(addon("redis", "version: 1.2")));
  }

  @Test
  void addonNameIsADnsLabelAndSpecFieldsAreKnown() {
    assertEquals(
        List.of("KB2004@a.yaml:4:9", "KB2001@a.yaml:7:3", "KB2005@a.yaml:8:13"),
        schemaCodes(
            addon(
                "Redis",
                """
                version: 1.0.0
                default: {}
                provider: %s
                """
                    .formatted("p".repeat(33)))));
  }

  @Test
  void configMapWithDataAndBinaryDataIsValid() {
    assertEquals(
        List.of(),
        schemaCodes(
            configMap(
                """
                immutable: true
                data:
                  redis.conf: |
                    port 6379
                  init_script.sh: echo hi
                binaryData:
                  blob.bin: aGVsbG8=
                """)));
  }

  @Test
  void configMapValuesAreStringsAndKeysAreFileNames() {
    assertEquals(
        List.of("KB2002@a.yaml:6:9", "KB2004@a.yaml:7:3", "KB2001@a.yaml:8:1"),
        schemaCodes(
            configMap(
                """
                data:
                  port: 6379
                  bad key: x
                spec: {}
                """)));
  }
}
