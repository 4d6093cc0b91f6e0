package dev.kbforge.compiler.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceText;
import dev.kbforge.compiler.resolve.CompDefResolution.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KubeBlocks' choice of ComponentDefinition and serviceVersion, on made-up definitions. */
class DefinitionResolverTest {
  private static final String DEFINITIONS =
      cmpd("x", "0.1.0")
          + cmpd("x-a-1", "1.0.0")
          + cmpd("x-b-1", "1.0.0")
          + cmpd("x-b-2", "2.0.0-rc.1")
          + """
          apiVersion: apps.kubeblocks.io/v1
          kind: ComponentVersion
          metadata:
            name: x-a
          spec:
            compatibilityRules:
              - compDefs: ["^x-a-"]
                releases: [r15]
              - compDefs: [nothing-matches]
                releases: [r16]
            releases:
              - name: r15
                serviceVersion: 1.5.0
                images: {main: example.org/x:1.5.0}
              - name: r16
                serviceVersion: 1.6.0
                images: {main: example.org/x:1.6.0}
          """;

  private DefinitionResolver resolver;

  private static String cmpd(String name, String version) {
    return """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: %s
        spec:
          serviceVersion: %s
          runtime:
            containers:
              - name: main
                image: example.org/x
        ---
        """
        .formatted(name, version);
  }

  @BeforeEach
  void load() {
    Pipeline pipeline = new Pipeline();
    Reporter reporter = new Reporter();
    Pipeline.Loaded loaded =
        pipeline.load(List.of(new SourceText("defs.yaml", DEFINITIONS)), reporter);
    InputSet inputs = pipeline.validate(loaded.documents(), reporter);
    resolver = new DefinitionResolver(inputs);
  }

  @Test
  void anExactNameExcludesPrefixMatches() {
    CompDefResolution r = resolver.componentDefinition("x", "");
    assertEquals(List.of("x"), r.candidates());
    assertEquals("x", r.definition().orElseThrow().name());
    assertEquals("0.1.0", r.serviceVersion());
  }

  @Test
  void noVersionMeansTheHighestOffered() {
    CompDefResolution r = resolver.componentDefinition("x-", "");
    assertEquals(List.of("x-a-1", "x-b-1", "x-b-2"), r.candidates());
    assertEquals(List.of("1.0.0", "1.5.0", "2.0.0-rc.1"), r.offered());
    assertEquals("x-b-2", r.definition().orElseThrow().name());
    assertEquals("2.0.0-rc.1", r.serviceVersion());
  }

  @Test
  void amongDefinitionsOfferingTheVersionTheLastNameWins() {
    CompDefResolution r = resolver.componentDefinition("x-", "1.0.0");
    assertEquals("x-b-1", r.definition().orElseThrow().name());
  }

  @Test
  void componentVersionReleasesCountForMatchingDefinitionsOnly() {
    assertEquals(
        "x-a-1", resolver.componentDefinition("x-", "1.5.0").definition().orElseThrow().name());
    assertEquals(Status.NO_VERSION, resolver.componentDefinition("x-b", "1.5.0").status());
    assertEquals(Status.NO_VERSION, resolver.componentDefinition("x-", "1.6.0").status());
  }

  @Test
  void regexPatternsMatch() {
    assertEquals(
        List.of("x-b-1", "x-b-2"), resolver.componentDefinition("^x-b-\\d$", "").candidates());
  }

  @Test
  void failures() {
    assertEquals(Status.NO_DEFINITION, resolver.componentDefinition("y", "").status());
    assertEquals(Status.NO_PATTERN, resolver.componentDefinition("", "1.0.0").status());
    assertEquals(Status.INVALID_VERSION, resolver.componentDefinition("x-", "newest").status());
  }
}
