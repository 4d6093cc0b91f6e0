package dev.kbforge.cli;

import dev.kbforge.reconciler.roles.KbAgentRoleProbe;
import dev.kbforge.reconciler.roles.LabelChange;
import dev.kbforge.reconciler.roles.RoleLabeler;
import dev.kbforge.reconciler.roles.RoleListener;
import dev.kbforge.reconciler.roles.RoleWorkloads;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints what the role labeler does: each label change on stdout ({@code roles: Pod demo/redis-0:
 * kubeblocks.io/role (none) -> primary}), each distinct warning once on stderr (a probe failing
 * every second would otherwise flood it).
 */
final class RolePrinter implements RoleListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private final String command;
  private final Set<String> warned = new HashSet<>();

  RolePrinter(PrintWriter out, PrintWriter err, String command) {
    this.out = out;
    this.err = err;
    this.command = command;
  }

  @Override
  public synchronized void changed(LabelChange change) {
    out.println("roles: " + change);
    out.flush();
  }

  @Override
  public synchronized void warning(String message) {
    if (warned.add(message)) {
      out.flush();
      err.println(command + ": warning: " + message);
      err.flush();
    }
  }

  /** One labeling pass over the StatefulSets with roles among {@code objects}. */
  List<LabelChange> labelOnce(KubernetesClient client, List<GenericKubernetesResource> objects) {
    return labeler(client).pass(RoleWorkloads.of(objects, namespace(client), this));
  }

  RoleLabeler labeler(KubernetesClient client) {
    return new RoleLabeler(client, new KbAgentRoleProbe(client, this), this);
  }

  /** The namespace of objects that name none: the kubeconfig's, else default (as kubectl). */
  static String namespace(KubernetesClient client) {
    return client.getNamespace() == null ? "default" : client.getNamespace();
  }
}
