package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Upstream examples that ship plain Kubernetes documents beside their Cluster (the Secrets of
 * clickhouse and valkey, a ConfigMap template of clickhouse): each Secret gives one KB1013 warning,
 * and no plain document gives an input error (KB1006 unknown kind, KB1014 unknown field, KB1015 no
 * name) any more. Other findings of these examples are the conformance tests' business.
 */
class UpstreamPlainObjectsTest {
  private static final Pattern SECRET = Pattern.compile("(?m)^kind: Secret\\s*$");
  private static final Set<String> INPUT_ERRORS = Set.of("KB1005", "KB1006", "KB1014", "KB1015");

  @TestFactory
  Stream<DynamicTest> examplesWithSecretsWarnOnly() {
    Path examples = ReferenceData.addons().resolve("examples-addons");
    return Stream.of("clickhouse", "valkey")
        .flatMap(addon -> withSecrets(examples.resolve(addon)).stream().map(f -> test(addon, f)));
  }

  private DynamicTest test(String addon, Path example) {
    return DynamicTest.dynamicTest(
        addon + "/" + example.getFileName(),
        () -> {
          Path definitions = ReferenceData.addons().resolve(addon + ".yaml");
          ValidateResult result =
              new Pipeline().validate(new ValidateRequest(List.of(definitions, example), false));
          String name = example.toString();
          List<Diagnostic> own =
              result.diagnostics().stream().filter(d -> d.file().equals(name)).toList();
          assertEquals(
              secrets(example),
              own.stream().filter(d -> d.code().equals("KB1013")).count(),
              "one KB1013 per Secret document: " + own);
          assertFalse(
              own.stream().anyMatch(d -> INPUT_ERRORS.contains(d.code())),
              "no input error: " + own);
        });
  }

  private static List<Path> withSecrets(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> secrets(f) > 0).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long secrets(Path file) {
    try {
      return SECRET.matcher(Files.readString(file)).results().count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
