package dev.kbforge.reconciler.secrets;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The account Secrets ({@code <cluster>-<component>-account-<name>}) that the pod templates of the
 * tree's workloads read ({@code env[].valueFrom.secretKeyRef}, {@code envFrom[].secretRef}) and the
 * tree does not hold: {@code kb apply} creates those the cluster lacks, with a random password, and
 * never touches one that exists.
 *
 * <p>The username is the name after {@code -account-}, unless the workload's {@link
 * Keys#PASSWORD_CONFIG} annotation says otherwise for that Secret (it also carries the
 * passwordConfig). That annotation lists every system account of the component, and each gets its
 * Secret whether a pod reads it or not, as KubeBlocks makes one per account. An entry with {@code
 * secretRef} ({@code {namespace, name, key}}: the Cluster names a Secret of the user's) gets its
 * password copied from that Secret when it is created ({@link #PASSWORD_FROM}), as KubeBlocks'
 * getPasswordFromSecret does.
 */
public final class AccountSecrets {
  static final String MARKER = "-account-";
  private static final Set<String> WORKLOADS =
      Set.of(
          "apps/StatefulSet",
          "apps/Deployment",
          "apps/DaemonSet",
          "workloads.kubeblocks.io/InstanceSet");
  private static final Set<String> COPIED_LABELS =
      Set.of(
          Keys.INSTANCE,
          "app.kubernetes.io/managed-by",
          "apps.kubeblocks.io/component-name",
          "apps.kubeblocks.io/sharding-name");

  /**
   * One account Secret to provide.
   *
   * @param ref the Secret
   * @param config its username and password rules
   * @param workload the first workload that reads it
   */
  public record Needed(ObjectRef ref, PasswordConfig config, GenericKubernetesResource workload) {}

  /**
   * On an account Secret to create: {@code <namespace>/<name>#<key>}, the user's Secret whose key
   * holds its password (copied when it is created, instead of a random one).
   */
  public static final String PASSWORD_FROM = "kbforge.dev/password-from";

  private AccountSecrets() {}

  /** The account Secrets the workloads read that are not themselves in {@code desired}. */
  public static List<Needed> needed(List<GenericKubernetesResource> desired) {
    Set<ObjectRef> inTree = new java.util.HashSet<>();
    desired.forEach(o -> inTree.add(ObjectRef.of(o)));
    Map<ObjectRef, Needed> needed = new LinkedHashMap<>();
    for (GenericKubernetesResource workload : desired) {
      if (!WORKLOADS.contains(Objects.group(workload.getApiVersion()) + "/" + workload.getKind())) {
        continue;
      }
      String namespace = workload.getMetadata().getNamespace();
      Map<String, JsonNode> configs =
          PasswordConfig.parseAnnotation(
              Objects.annotation(workload, Keys.PASSWORD_CONFIG),
              ObjectRef.of(workload).toString());
      for (String name : referencedSecrets(Objects.tree(workload))) {
        ObjectRef ref = new ObjectRef("", "Secret", namespace == null ? "" : namespace, name);
        if (inTree.contains(ref) || needed.containsKey(ref)) {
          continue;
        }
        PasswordConfig fallback =
            PasswordConfig.defaults(name.substring(name.lastIndexOf(MARKER) + MARKER.length()));
        JsonNode override = configs.get(name);
        PasswordConfig config = override == null ? fallback : PasswordConfig.of(override, fallback);
        needed.put(ref, new Needed(ref, config, workload));
      }
      // every system account gets its Secret, read by a pod or not (KubeBlocks makes one each)
      for (Map.Entry<String, JsonNode> entry : configs.entrySet()) {
        ObjectRef ref =
            new ObjectRef("", "Secret", namespace == null ? "" : namespace, entry.getKey());
        if (!inTree.contains(ref) && !needed.containsKey(ref)) {
          String name = entry.getKey();
          int at = name.lastIndexOf(MARKER);
          String account = at < 0 ? name : name.substring(at + MARKER.length());
          PasswordConfig config =
              PasswordConfig.of(entry.getValue(), PasswordConfig.defaults(account));
          needed.put(ref, new Needed(ref, config, workload));
        }
      }
    }
    return new ArrayList<>(needed.values());
  }

  /** Names of Secrets matching {@code *-account-*} read by the workload's pod template. */
  static List<String> referencedSecrets(JsonNode workload) {
    List<String> names = new ArrayList<>();
    JsonNode pod = workload.path("spec").path("template").path("spec");
    for (String list : List.of("initContainers", "containers")) {
      for (JsonNode container : pod.path(list)) {
        for (JsonNode env : container.path("env")) {
          add(env.path("valueFrom").path("secretKeyRef").path("name"), names);
        }
        for (JsonNode from : container.path("envFrom")) {
          add(from.path("secretRef").path("name"), names);
        }
      }
    }
    return names;
  }

  private static void add(JsonNode name, List<String> names) {
    if (name.isString()) {
      String text = name.asString();
      int at = text.lastIndexOf(MARKER);
      if (at > 0 && at + MARKER.length() < text.length() && !names.contains(text)) {
        names.add(text);
      }
    }
  }

  /**
   * The Secret to create for {@code needed}, without its password ({@link #withPassword} adds it
   * when the plan runs, so no password is ever part of a plan).
   */
  public static GenericKubernetesResource secret(Needed needed) {
    ObjectMeta metadata = new ObjectMeta();
    metadata.setName(needed.ref().name());
    metadata.setNamespace(needed.ref().namespace());
    Map<String, String> labels = new TreeMap<>();
    Map<String, String> workloadLabels = needed.workload().getMetadata().getLabels();
    if (workloadLabels != null) {
      workloadLabels.forEach(
          (k, v) -> {
            if (COPIED_LABELS.contains(k)) {
              labels.put(k, v);
            }
          });
    }
    labels.put(Keys.SYSTEM_ACCOUNT, needed.config().username());
    metadata.setLabels(labels);
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(Keys.GENERATED_CREDENTIALS, "true");
    String from = passwordFrom(needed);
    if (from != null) {
      annotations.put(PASSWORD_FROM, from);
    }
    String policy = Objects.annotation(needed.workload(), Keys.TERMINATION_POLICY);
    if (policy != null) {
      annotations.put(Keys.TERMINATION_POLICY, policy);
    }
    metadata.setAnnotations(annotations);
    GenericKubernetesResource secret = new GenericKubernetesResource();
    secret.setApiVersion("v1");
    secret.setKind("Secret");
    secret.setMetadata(metadata);
    secret.setAdditionalProperty("type", "Opaque");
    Map<String, Object> data = new TreeMap<>();
    data.put("username", base64(needed.config().username()));
    secret.setAdditionalProperty("data", data);
    return secret;
  }

  /** {@code namespace/name#key} of the user's Secret an account's password comes from, or null. */
  private static String passwordFrom(Needed needed) {
    String json = Objects.annotation(needed.workload(), Keys.PASSWORD_CONFIG);
    JsonNode ref =
        PasswordConfig.parseAnnotation(json, needed.ref().toString())
            .getOrDefault(
                needed.ref().name(), tools.jackson.databind.node.MissingNode.getInstance())
            .path("secretRef");
    if (!ref.isObject() || ref.path("name").asString("").isEmpty()) {
      return null;
    }
    String namespace = ref.path("namespace").asString("");
    return (namespace.isEmpty() ? needed.ref().namespace() : namespace)
        + "/"
        + ref.path("name").asString()
        + "#"
        + ref.path("key").asString("password");
  }

  /** A copy of {@code secret} with {@code password} under the key {@code password}. */
  @SuppressWarnings("unchecked")
  public static GenericKubernetesResource withPassword(
      GenericKubernetesResource secret, String password) {
    GenericKubernetesResource copy = Objects.copy(secret);
    Map<String, Object> data =
        new TreeMap<>((Map<String, Object>) copy.getAdditionalProperties().get("data"));
    data.put("password", base64(password));
    copy.setAdditionalProperty("data", data);
    return copy;
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
