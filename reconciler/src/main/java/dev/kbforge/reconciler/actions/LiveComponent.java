package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * A component's lifecycle actions read from its live workload ({@code <cluster>-<component>}, a
 * StatefulSet, else an InstanceSet): what {@code kb apply} wrote, so commands that act on a running
 * cluster ({@code kb switchover}) need no tree.
 */
public final class LiveComponent {
  private LiveComponent() {}

  public static ComponentActions find(
      KubernetesClient client, String namespace, String cluster, String component) {
    String name = cluster + "-" + component;
    GenericKubernetesResource sts = get(client, "apps", "StatefulSet", namespace, name);
    GenericKubernetesResource workload =
        sts != null ? sts : get(client, "workloads.kubeblocks.io", "InstanceSet", namespace, name);
    if (workload == null) {
      throw new ReconcileException(
          "no StatefulSet or InstanceSet "
              + namespace
              + "/"
              + name
              + " (cluster "
              + cluster
              + ", component "
              + component
              + ")");
    }
    try {
      return ComponentActions.read(workload)
          .orElseThrow(
              () ->
                  new ReconcileException(
                      workload.getKind()
                          + " "
                          + namespace
                          + "/"
                          + name
                          + " runs no kbagent with lifecycle actions"));
    } catch (IllegalArgumentException e) {
      throw new ReconcileException(
          workload.getKind() + " " + namespace + "/" + name + ": " + e.getMessage());
    }
  }

  private static GenericKubernetesResource get(
      KubernetesClient client, String group, String kind, String namespace, String name) {
    ResourceDefinitionContext context =
        new ResourceDefinitionContext.Builder()
            .withGroup(group)
            .withVersion("v1")
            .withKind(kind)
            .withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s")
            .withNamespaced(true)
            .build();
    try {
      return client.genericKubernetesResources(context).inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return null; // the kind is not served
      }
      throw new ReconcileException(
          "cannot read " + kind + " " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
  }
}
