package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.roles.KbAgentRoleProbe;
import dev.kbforge.reconciler.roles.RoleLabeler;
import dev.kbforge.reconciler.roles.RoleListener;
import dev.kbforge.reconciler.roles.RoleWorkloads;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/** A component's pods (by its workload's selector, sorted by name) and their role labels. */
final class ComponentPods {
  private final KubernetesClient client;
  private final RoleLabeler labeler;
  private final RoleListener roleListener;

  ComponentPods(KubernetesClient client, ApplyListener listener) {
    this.client = client;
    this.roleListener =
        new RoleListener() {
          @Override
          public void changed(dev.kbforge.reconciler.roles.LabelChange change) {
            listener.action("roles: " + change);
          }

          @Override
          public void warning(String message) {
            listener.notice(message);
          }
        };
    this.labeler =
        new RoleLabeler(client, new KbAgentRoleProbe(client, roleListener), roleListener);
  }

  List<Pod> list(ComponentActions component) {
    try {
      List<Pod> pods =
          new ArrayList<>(
              client
                  .pods()
                  .inNamespace(component.workload().namespace())
                  .withLabels(component.selector())
                  .list()
                  .getItems());
      pods.sort(ActionRunner.byName());
      return pods;
    } catch (KubernetesClientException e) {
      throw new ReconcileException(
          "cannot list the pods of " + component.workload() + ": " + e.getMessage(), e);
    }
  }

  /** One labeling pass over the component's pods (through kbagent's roleProbe). */
  void label(ComponentActions component) {
    RoleWorkloads.of(List.of(component.object()), component.workload().namespace(), roleListener)
        .forEach(labeler::label);
  }
}
