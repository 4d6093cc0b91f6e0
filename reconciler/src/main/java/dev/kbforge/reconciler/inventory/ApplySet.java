package dev.kbforge.reconciler.inventory;

import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The inventory of one applied tree, in the shape of KEP-3659 (ApplySet): a parent ConfigMap {@code
 * kbforge-applyset-<name>} labelled {@code applyset.kubernetes.io/id=<id>} and annotated with the
 * tooling, the member kinds ({@code contains-group-kinds}) and the member namespaces other than its
 * own ({@code additional-namespaces}); every member labelled {@code
 * applyset.kubernetes.io/part-of=<id>}. The id is the KEP's: {@code applyset-} + unpadded base64url
 * of sha256({@code <parent name>.<parent namespace>.ConfigMap.}) + {@code -v1}.
 *
 * <p>The parent lives in the tree's namespace when all its namespaced objects share one, else in
 * {@code default}. kbforge also records each cluster's terminationPolicy on the parent ({@link
 * Keys#TERMINATION_POLICIES}) so prune knows it after the cluster left the tree.
 *
 * @param name the tree's name ({@code --applyset}, by default the directory's name)
 * @param namespace the parent's namespace
 * @param id the ApplySet id
 */
public record ApplySet(String name, String namespace, String id) {
  public static final String PARENT_API_VERSION = "v1";
  public static final String PARENT_KIND = "ConfigMap";
  public static final String PARENT_PREFIX = "kbforge-applyset-";
  public static final String DEFAULT_NAMESPACE = "default";
  public static final String TOOL = "kbforge";

  /**
   * The ApplySet named {@code name} for objects in {@code namespaces} (namespaced objects only).
   */
  public static ApplySet of(String name, Collection<String> namespaces) {
    String clean = sanitize(name);
    TreeSet<String> distinct = new TreeSet<>(namespaces);
    String namespace = distinct.size() == 1 ? distinct.first() : DEFAULT_NAMESPACE;
    return new ApplySet(clean, namespace, id(PARENT_PREFIX + clean, namespace));
  }

  /** The KEP-3659 id of a ConfigMap parent. */
  public static String id(String parentName, String namespace) {
    String key = parentName + "." + namespace + "." + PARENT_KIND + ".";
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "applyset-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "-v1";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A DNS-1123 label from any name: lower case, other characters become '-'. */
  static String sanitize(String name) {
    String clean =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (clean.length() > 40) {
      clean = clean.substring(0, 40).replaceAll("-+$", "");
    }
    return clean.isEmpty() ? "tree" : clean;
  }

  public String parentName() {
    return PARENT_PREFIX + name;
  }

  public ObjectRef parentRef() {
    return new ObjectRef("", PARENT_KIND, namespace, parentName());
  }

  /** Whether {@code object} is labelled as a member of this set. */
  public boolean isMember(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels != null && id.equals(labels.get(Keys.PART_OF));
  }

  /** The parent object recording {@code inventory}. */
  public GenericKubernetesResource parent(Inventory inventory, String toolVersion) {
    ObjectMeta metadata = new ObjectMeta();
    metadata.setName(parentName());
    metadata.setNamespace(namespace);
    metadata.setLabels(new TreeMap<>(Map.of(Keys.APPLYSET_ID, id)));
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(Keys.TOOLING, TOOL + "/" + toolVersion);
    annotations.put(Keys.CONTAINS_GROUP_KINDS, join(inventory.kinds()));
    TreeSet<String> others = new TreeSet<>(inventory.namespaces());
    others.remove(namespace);
    annotations.put(Keys.ADDITIONAL_NAMESPACES, join(others));
    if (!inventory.policies().isEmpty()) {
      annotations.put(
          Keys.TERMINATION_POLICIES,
          inventory.policies().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(",")));
    }
    metadata.setAnnotations(annotations);
    GenericKubernetesResource parent = new GenericKubernetesResource();
    parent.setApiVersion(PARENT_API_VERSION);
    parent.setKind(PARENT_KIND);
    parent.setMetadata(metadata);
    return parent;
  }

  /** What a live parent records ({@link Inventory#EMPTY} for none). */
  public static Inventory read(HasMetadata parent) {
    if (parent == null || parent.getMetadata().getAnnotations() == null) {
      return Inventory.EMPTY;
    }
    Map<String, String> annotations = parent.getMetadata().getAnnotations();
    TreeSet<GroupKind> kinds = new TreeSet<>();
    split(annotations.get(Keys.CONTAINS_GROUP_KINDS)).forEach(k -> kinds.add(GroupKind.parse(k)));
    TreeSet<String> namespaces = new TreeSet<>(split(annotations.get(Keys.ADDITIONAL_NAMESPACES)));
    if (parent.getMetadata().getNamespace() != null) {
      namespaces.add(parent.getMetadata().getNamespace());
    }
    Map<String, String> policies = new TreeMap<>();
    for (String entry : split(annotations.get(Keys.TERMINATION_POLICIES))) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        policies.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return Inventory.of(kinds, namespaces, policies);
  }

  /** The tool that manages a live parent ({@code kbforge}, {@code kubectl}...), or "" if unset. */
  public static String tool(HasMetadata parent) {
    Map<String, String> annotations = parent.getMetadata().getAnnotations();
    String tooling = annotations == null ? null : annotations.get(Keys.TOOLING);
    return tooling == null ? "" : tooling.split("/", 2)[0];
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String join(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }
}
