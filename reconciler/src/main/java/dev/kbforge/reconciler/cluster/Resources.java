package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Addressing objects through fabric8 with an explicit {@link ResourceDefinitionContext} (so no
 * request needs discovery), and running requests so that failures become {@link
 * ReconcileException}s.
 */
final class Resources {
  private final KubernetesClient client;
  private final KindResolver kinds;

  Resources(KubernetesClient client, KindResolver kinds) {
    this.client = client;
    this.kinds = kinds;
  }

  KubernetesClient client() {
    return client;
  }

  KindResolver kinds() {
    return kinds;
  }

  /** How to address a kind, if it is served; discovery failures become one clear line. */
  Optional<ResourceDefinitionContext> find(String apiVersion, String kind) {
    return discovering(() -> kinds.resolve(apiVersion, kind));
  }

  /** How to address a kind known by group only, if it is served. */
  Optional<ResourceDefinitionContext> find(GroupKind kind) {
    return discovering(() -> kinds.resolve(kind));
  }

  private Optional<ResourceDefinitionContext> discovering(
      Supplier<Optional<ResourceDefinitionContext>> lookup) {
    try {
      return lookup.get();
    } catch (RuntimeException e) {
      throw ClusterErrors.translate(
          e, "get", "api resources", null, "", client.getMasterUrl().toString());
    }
  }

  /** The context of {@code object}'s kind; an error naming the kind when the server lacks it. */
  ResourceDefinitionContext context(String apiVersion, ObjectRef ref) {
    return find(apiVersion, ref.kind())
        .orElseThrow(
            () ->
                new ReconcileException(
                    "the server does not serve "
                        + ref.groupKind()
                        + " ("
                        + apiVersion
                        + "): is its CustomResourceDefinition installed?"));
  }

  MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      operation(ResourceDefinitionContext context) {
    return client.genericKubernetesResources(context);
  }

  /** The handle of one object. */
  Resource<GenericKubernetesResource> resource(
      ResourceDefinitionContext context, ObjectRef ref, GenericKubernetesResource object) {
    var op = operation(context);
    if (context.isNamespaceScoped()) {
      return object == null
          ? op.inNamespace(ref.namespace()).withName(ref.name())
          : op.inNamespace(ref.namespace()).resource(object);
    }
    return object == null ? op.withName(ref.name()) : op.resource(object);
  }

  /** Runs a request; a failure becomes one clear line. */
  <T> T call(
      String verb,
      ResourceDefinitionContext context,
      ObjectRef ref,
      String namespace,
      Supplier<T> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      String plural = context == null ? ref.kind().toLowerCase() : context.getPlural();
      throw ClusterErrors.translate(
          e, verb, plural, ref, namespace, client.getMasterUrl().toString());
    }
  }
}
