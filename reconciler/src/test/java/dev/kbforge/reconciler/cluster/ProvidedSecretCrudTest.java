package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb apply --secrets-from} against the CRUD mock: the Secrets kept out of the tree are
 * created when missing, never overwritten, and never pruned.
 */
class ProvidedSecretCrudTest {
  private static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: demo
      data:
        mode: fast
      """;

  private static final String SECRETS =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db-root
        namespace: demo
      type: Opaque
      data:
        password: ZnJvbS1maWxl
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: skipped
        namespace: demo
      spec:
        ports: [{port: 1}]
      """;

  @TempDir Path tree;
  @TempDir Path outside;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @BeforeEach
  void files() {
    Fixture.write(tree, "configmap-settings.yaml", CONFIG_MAP);
    fixture.secretsFrom = List.of(Fixture.write(outside, "secrets/db.yaml", SECRETS).getParent());
  }

  @AfterEach
  void close() {
    mock.close();
  }

  private Secret secret() {
    return mock.client.secrets().inNamespace("demo").withName("db-root").get();
  }

  @Test
  void createsAMissingSecretAndSaysSoInTheDryRun() {
    Plan plan = fixture.plan(mock, tree);
    assertEquals(List.of("Secret demo/db-root"), names(plan.steps(Action.CREATE), "Secret"));
    assertTrue(PlanText.plan(plan).contains("db-root"), PlanText.plan(plan));
    assertTrue(!PlanText.plan(plan).contains("ZnJvbS1maWxl"), "no secret value in the plan");
    assertNull(secret(), "a dry run writes nothing");

    fixture.apply(mock, tree);

    Secret created = secret();
    assertEquals("ZnJvbS1maWxl", created.getData().get("password"));
    assertEquals("true", created.getMetadata().getAnnotations().get(Keys.PROVIDED_SECRET));
    assertNull(
        created.getMetadata().getLabels() == null
            ? null
            : created.getMetadata().getLabels().get(Keys.PART_OF),
        "not an ApplySet member: prune must never see it");
    assertNull(mock.client.services().inNamespace("demo").withName("skipped").get());
  }

  @Test
  void neverOverwritesAnExistingSecret() {
    mock.client
        .secrets()
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("db-root")
                .withNamespace("demo")
                .endMetadata()
                .withData(Map.of("password", "bGl2ZQ=="))
                .build())
        .create();
    mock.clearRequests();

    var result = fixture.apply(mock, tree);

    assertEquals("bGl2ZQ==", secret().getData().get("password"));
    assertEquals(List.of(), names(result.plan().steps(Action.CREATE), "Secret"));
    assertEquals(
        List.of("Secret demo/db-root"), names(result.plan().steps(Action.UNCHANGED), "Secret"));
    assertTrue(
        mock.writes().stream().noneMatch(w -> w.contains("/secrets")),
        "no write to any Secret: " + mock.writes());
  }

  @Test
  void pruneKeepsItWhenItIsNoLongerGiven() {
    fixture.apply(mock, tree);
    fixture.secretsFrom = List.of();
    fixture.prune = true;

    var result = fixture.apply(mock, tree);

    assertNotNull(secret());
    assertEquals(List.of(), result.plan().steps(Action.PRUNE));
  }

  @Test
  void aSecretGivenTwiceIsAnInputError() {
    fixture.secretsFrom =
        List.of(
            Fixture.write(outside, "a.yaml", SECRETS), Fixture.write(outside, "b.yaml", SECRETS));
    assertThrows(InputException.class, () -> fixture.plan(mock, tree));
  }

  private static List<String> names(List<Step> steps, String kind) {
    return steps.stream()
        .filter(s -> s.ref().kind().equals(kind))
        .map(s -> s.ref().kind() + " " + s.ref().namespace() + "/" + s.ref().name())
        .toList();
  }
}
