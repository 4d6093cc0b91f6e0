package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Finds how to address a kind on the server (plural, scope, version) without guessing: fabric8's
 * built-in model classes first, then the CRDs in the tree, then the CRDs installed in the cluster,
 * then API discovery. Found kinds are cached; kinds not found are asked again next time, since a
 * CRD applied meanwhile may serve them.
 */
public final class KindResolver {
  /** Versions of the built-in groups, for kinds known only by group (ApplySet annotations). */
  private static final Map<String, String> BUILT_IN_VERSIONS =
      Map.ofEntries(
          Map.entry("", "v1"),
          Map.entry("apps", "v1"),
          Map.entry("batch", "v1"),
          Map.entry("policy", "v1"),
          Map.entry("autoscaling", "v2"),
          Map.entry("rbac.authorization.k8s.io", "v1"),
          Map.entry("networking.k8s.io", "v1"),
          Map.entry("storage.k8s.io", "v1"),
          Map.entry("apiextensions.k8s.io", "v1"),
          Map.entry("coordination.k8s.io", "v1"),
          Map.entry("scheduling.k8s.io", "v1"),
          Map.entry("discovery.k8s.io", "v1"));

  private final KubernetesClient client;
  private final List<GenericKubernetesResource> treeCrds;
  private final Map<String, ResourceDefinitionContext> cache = new ConcurrentHashMap<>();

  /**
   * @param treeCrds the CustomResourceDefinitions among the desired objects
   */
  public KindResolver(KubernetesClient client, List<GenericKubernetesResource> treeCrds) {
    this.client = client;
    this.treeCrds = List.copyOf(treeCrds);
  }

  /** How to address {@code kind} of {@code apiVersion}, if the server (or the tree) knows it. */
  public Optional<ResourceDefinitionContext> resolve(String apiVersion, String kind) {
    String key = apiVersion + "/" + kind;
    ResourceDefinitionContext known = cache.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    ResourceDefinitionContext found = builtIn(apiVersion, kind);
    if (found == null) {
      found = fromCrds(treeCrds, apiVersion, kind);
    }
    if (found == null) {
      found = discover(apiVersion, kind);
    }
    if (found != null) {
      cache.put(key, found);
    }
    return Optional.ofNullable(found);
  }

  /** How to address a kind known only by group (a kind an ApplySet parent records). */
  public Optional<ResourceDefinitionContext> resolve(GroupKind groupKind) {
    String group = groupKind.group();
    String version = BUILT_IN_VERSIONS.get(group);
    if (version == null) {
      version = crdVersion(treeCrds, groupKind);
    }
    if (version == null) {
      version = crdVersion(liveCrds(), groupKind);
    }
    if (version == null) {
      return Optional.empty();
    }
    return resolve(group.isEmpty() ? version : group + "/" + version, groupKind.kind());
  }

  private ResourceDefinitionContext builtIn(String apiVersion, String kind) {
    Class<? extends KubernetesResource> type =
        client.getKubernetesSerialization().getRegisteredKubernetesResource(apiVersion, kind);
    if (type == null || type == GenericKubernetesResource.class) {
      return null;
    }
    return ResourceDefinitionContext.fromResourceType(type);
  }

  private static ResourceDefinitionContext fromCrds(
      List<GenericKubernetesResource> crds, String apiVersion, String kind) {
    String group = Objects.group(apiVersion);
    for (GenericKubernetesResource crd : crds) {
      JsonNode spec = Objects.tree(crd).path("spec");
      if (group.equals(spec.path("group").asString(""))
          && kind.equals(spec.path("names").path("kind").asString(""))) {
        return new ResourceDefinitionContext.Builder()
            .withGroup(group)
            .withVersion(Objects.version(apiVersion))
            .withKind(kind)
            .withPlural(spec.path("names").path("plural").asString(""))
            .withNamespaced("Namespaced".equals(spec.path("scope").asString("")))
            .build();
      }
    }
    return null;
  }

  /** The storage version of the CRD defining {@code groupKind}, or null. */
  private static String crdVersion(List<GenericKubernetesResource> crds, GroupKind groupKind) {
    for (GenericKubernetesResource crd : crds) {
      JsonNode spec = Objects.tree(crd).path("spec");
      if (groupKind.group().equals(spec.path("group").asString(""))
          && groupKind.kind().equals(spec.path("names").path("kind").asString(""))) {
        String first = null;
        for (JsonNode version : spec.path("versions")) {
          first = first == null ? version.path("name").asString(null) : first;
          if (version.path("storage").asBoolean(false)) {
            return version.path("name").asString(null);
          }
        }
        return first;
      }
    }
    return null;
  }

  private List<GenericKubernetesResource> liveCrds() {
    try {
      return client
          .genericKubernetesResources("apiextensions.k8s.io/v1", "CustomResourceDefinition")
          .list()
          .getItems();
    } catch (KubernetesClientException e) {
      return List.of();
    }
  }

  private ResourceDefinitionContext discover(String apiVersion, String kind) {
    try {
      var resources = client.getApiResources(apiVersion);
      if (resources == null || resources.getResources() == null) {
        return null;
      }
      for (APIResource resource : resources.getResources()) {
        if (kind.equals(resource.getKind()) && !resource.getName().contains("/")) {
          return ResourceDefinitionContext.fromApiResource(apiVersion, resource);
        }
      }
      return null;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return null; // the group/version is not served (yet)
      }
      throw e;
    }
  }
}
