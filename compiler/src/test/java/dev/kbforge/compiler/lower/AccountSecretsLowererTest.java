package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.EXTERNAL_SECRETS;
import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.codes;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.kinds;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AccountSecretsLowererTest {
  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1
      spec:
        labels:
          team: data
        systemAccounts:
          - name: root
            initAccount: true
          - name: repl_user
            passwordConfig:
              length: 20
              numDigits: 2
              numSymbols: 3
              symbolCharacters: "-_"
              letterCase: LowerCases
          - name: monitor
            passwordGenerationPolicy:
              length: 10
              letterCase: UpperCases
          - name: backup
          - name: app
        runtime:
          containers:
            - name: db
      """;

  private static final String ACCOUNT_OVERRIDES =
      """
            systemAccounts:
              - name: backup
                disabled: true
              - name: app
                secretRef:
                  name: my-app-secret
                  namespace: prod
      """;

  private static List<ObjectNode> lower(
      String cmpd, String componentExtra, RenderOptions options, List<String> codes) {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: pg
          namespace: prod
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: db
              replicas: 1
        """
            + componentExtra;
    LoweringContext context =
        context(
            component(cluster(load("cluster.yaml", cluster), options), 0, load("cmpd.yaml", cmpd)));
    List<ObjectNode> objects = new AccountSecretsLowerer().lower(context);
    codes.addAll(codes(context.reporter()));
    return objects;
  }

  private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> o.path("kind").asString().equals(kind))
        .filter(o -> o.at("/metadata/name").asString().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not in " + names(objects)));
  }

  @Test
  void applyModeEmitsNothing() {
    List<String> codes = new ArrayList<>();
    assertEquals(List.of(), lower(CMPD, ACCOUNT_OVERRIDES, RenderOptions.defaults(), codes));
    assertEquals(List.of(), codes);
  }

  @Test
  void externalSecretsModeEmitsAGeneratorAndAnExternalSecretPerAccount() {
    List<String> codes = new ArrayList<>();
    List<ObjectNode> objects = lower(CMPD, ACCOUNT_OVERRIDES, EXTERNAL_SECRETS, codes);
    // backup is disabled, app brings its own Secret
    assertEquals(
        List.of(
            "pg-db-account-root",
            "pg-db-account-root",
            "pg-db-account-repl-user",
            "pg-db-account-repl-user",
            "pg-db-account-monitor",
            "pg-db-account-monitor"),
        names(objects));
    assertEquals(
        List.of(
            "Password",
            "ExternalSecret",
            "Password",
            "ExternalSecret",
            "Password",
            "ExternalSecret"),
        kinds(objects));
    assertEquals(List.of("KB5352@cluster.yaml:15:11"), codes);
  }

  @Test
  void generatorFollowsDefaultsAndPasswordConfig() {
    List<ObjectNode> objects = lower(CMPD, ACCOUNT_OVERRIDES, EXTERNAL_SECRETS, new ArrayList<>());
    ObjectNode root = find(objects, "Password", "pg-db-account-root");
    assertEquals("generators.external-secrets.io/v1alpha1", root.path("apiVersion").asString());
    assertEquals(
        "{\"length\":16,\"digits\":4,\"symbols\":0,\"symbolCharacters\":\"!@#&*\","
            + "\"noUpper\":false,\"allowRepeat\":true}",
        root.path("spec").toString());
    ObjectNode repl = find(objects, "Password", "pg-db-account-repl-user");
    assertEquals(
        "{\"length\":20,\"digits\":2,\"symbols\":3,\"symbolCharacters\":\"-_\","
            + "\"noUpper\":true,\"allowRepeat\":true}",
        repl.path("spec").toString());
    ObjectNode monitor = find(objects, "Password", "pg-db-account-monitor"); // legacy field name
    assertEquals(10, monitor.at("/spec/length").asInt());
    assertEquals(4, monitor.at("/spec/digits").asInt());
  }

  @Test
  void externalSecretCreatesTheAccountSecretOnce() {
    List<ObjectNode> objects = lower(CMPD, ACCOUNT_OVERRIDES, EXTERNAL_SECRETS, new ArrayList<>());
    ObjectNode secret = find(objects, "ExternalSecret", "pg-db-account-repl-user");
    assertEquals("external-secrets.io/v1", secret.path("apiVersion").asString());
    assertEquals("prod", secret.at("/metadata/namespace").asString());
    assertEquals(
        "repl_user", secret.at("/metadata/labels/apps.kubeblocks.io~1system-account").asString());
    assertEquals(
        "{\"refreshInterval\":\"0\",\"target\":{\"name\":\"pg-db-account-repl-user\","
            + "\"creationPolicy\":\"Owner\",\"template\":{\"engineVersion\":\"v2\","
            + "\"metadata\":{\"labels\":{\"app.kubernetes.io/instance\":\"pg\","
            + "\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"apps.kubeblocks.io/system-account\":\"repl_user\",\"team\":\"data\"}},"
            + "\"data\":{\"username\":\"repl_user\",\"password\":\"{{ .password }}\"}}},"
            + "\"dataFrom\":[{\"sourceRef\":{\"generatorRef\":{"
            + "\"apiVersion\":\"generators.external-secrets.io/v1alpha1\",\"kind\":\"Password\","
            + "\"name\":\"pg-db-account-repl-user\"}}}]}",
        secret.path("spec").toString());
    // upper-case-only passwords: the generator cannot, the template upper-cases
    assertEquals(
        "{{ .password | upper }}",
        find(objects, "ExternalSecret", "pg-db-account-monitor")
            .at("/spec/target/template/data/password")
            .asString());
  }

  @Test
  void clusterPasswordConfigReplacesTheDefinitions() {
    String overrides =
        """
              systemAccounts:
                - name: repl_user
                  passwordConfig:
                    length: 12
        """;
    List<ObjectNode> objects = lower(CMPD, overrides, EXTERNAL_SECRETS, new ArrayList<>());
    ObjectNode repl = find(objects, "Password", "pg-db-account-repl-user");
    // the whole config is replaced: unset fields take the defaults, not the definition's values
    assertEquals(
        "{\"length\":12,\"digits\":4,\"symbols\":0,\"symbolCharacters\":\"!@#&*\","
            + "\"noUpper\":false,\"allowRepeat\":true}",
        repl.path("spec").toString());
  }

  @Test
  void unsatisfiablePasswordConfigIsReportedInEitherMode() {
    String cmpd =
        CMPD.replace("numDigits: 2", "numDigits: 8")
            .replace("numSymbols: 3", "numSymbols: 8")
            .replace("length: 20", "length: 15");
    assertNotEquals(CMPD, cmpd);
    for (RenderOptions options : List.of(RenderOptions.defaults(), EXTERNAL_SECRETS)) {
      List<String> codes = new ArrayList<>();
      List<ObjectNode> objects = lower(cmpd, "", options, codes);
      assertEquals(List.of("KB5351@cmpd.yaml:13:9"), codes);
      assertEquals(
          List.of(),
          objects.stream()
              .filter(o -> o.at("/metadata/name").asString().endsWith("repl-user"))
              .toList());
    }
  }

  @Test
  void scanCatchesAPasswordValue() {
    ObjectNode leaked = Manifests.NODES.objectNode();
    leaked.put("kind", "ExternalSecret");
    leaked.putObject("spec").putObject("data").put("password", "hunter2");
    assertThrows(AssertionError.class, () -> PasswordScan.assertNoPasswords(List.of(leaked)));
  }

  @Test
  void noObjectHoldsAPasswordValue() {
    List<ObjectNode> objects = lower(CMPD, ACCOUNT_OVERRIDES, EXTERNAL_SECRETS, new ArrayList<>());
    PasswordScan.assertNoPasswords(objects);
  }
}
