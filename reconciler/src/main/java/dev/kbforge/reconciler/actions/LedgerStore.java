package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.FieldManager;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the {@link Ledger}s of a tree in the cluster: the ConfigMap {@code
 * kbforge-lifecycle-<tree>} beside the ApplySet parent, one data key per component ({@code
 * <namespace>.<workload>}). It is no ApplySet member, so plans and prune never touch it, and it is
 * written by JSON merge patch one key at a time, right after the action it records succeeded: an
 * action that failed, or a run that died during one, is not recorded.
 */
public final class LedgerStore {
  static final String PREFIX = "kbforge-lifecycle-";

  private final KubernetesClient client;
  private final String namespace;
  private final String name;

  public LedgerStore(KubernetesClient client, ApplySet applySet) {
    this.client = client;
    this.namespace = applySet.namespace();
    this.name = PREFIX + applySet.name();
  }

  /** What has run, by component key (empty when nothing has). */
  public Map<String, Ledger> read() {
    try {
      ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
      return Ledger.parseAll(map == null ? null : map.getData());
    } catch (KubernetesClientException e) {
      throw failure("read", e);
    }
  }

  /** Records {@code ledger} for the component {@code key}. */
  public void put(String key, Ledger ledger) {
    patch(Map.of(key, ledger.toJson()));
  }

  /** Drops the records of components that left the tree. */
  public void forget(List<String> keys) {
    if (!keys.isEmpty()) {
      java.util.Map<String, String> nulls = new java.util.HashMap<>();
      keys.forEach(k -> nulls.put(k, null));
      patch(nulls);
    }
  }

  private void patch(Map<String, String> data) {
    try {
      var resource = client.configMaps().inNamespace(namespace).withName(name);
      if (resource.get() == null) {
        java.util.Map<String, String> initial = new java.util.TreeMap<>();
        data.forEach(
            (k, v) -> {
              if (v != null) {
                initial.put(k, v);
              }
            });
        client
            .configMaps()
            .inNamespace(namespace)
            .resource(
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withNamespace(namespace)
                    .addToLabels(Keys.MANAGED_BY, "kbforge")
                    .endMetadata()
                    .withData(initial)
                    .build())
            .create();
        return;
      }
      ObjectNode patch = Serialization.jsonMapper().createObjectNode();
      ObjectNode values = patch.putObject("data");
      data.forEach(
          (k, v) -> {
            if (v == null) {
              values.putNull(k);
            } else {
              values.put(k, v);
            }
          });
      resource.patch(
          new PatchContext.Builder()
              .withPatchType(PatchType.JSON_MERGE)
              .withFieldManager(FieldManager.NAME)
              .build(),
          patch.toString());
    } catch (KubernetesClientException e) {
      throw failure("write", e);
    }
  }

  private ReconcileException failure(String verb, KubernetesClientException e) {
    String why =
        e.getStatus() != null && e.getStatus().getMessage() != null
            ? e.getStatus().getMessage()
            : String.valueOf(e.getMessage());
    return new ReconcileException(
        "cannot "
            + verb
            + " ConfigMap "
            + namespace
            + "/"
            + name
            + " (the lifecycle record): "
            + why.lines().findFirst().orElse(why),
        e);
  }
}
