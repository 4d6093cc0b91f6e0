package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Step;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writes of volume expansion: a live PersistentVolumeClaim's storage request raised (a JSON
 * merge of that one field, so nothing else of the claim changes hands), and a StatefulSet
 * re-created around its running pods: deleted with {@code propagationPolicy: Orphan} (the pods and
 * claims stay), waited for until it is gone, then created from the tree; the new StatefulSet adopts
 * the pods by their labels.
 */
final class DayTwoWriter {
  private final Resources resources;
  private final ObjectWriter writer;
  private final Backoff backoff;
  private final Duration pollInterval;
  private final Duration timeout;

  DayTwoWriter(
      Resources resources,
      ObjectWriter writer,
      Backoff backoff,
      Duration pollInterval,
      Duration timeout) {
    this.resources = resources;
    this.writer = writer;
    this.backoff = backoff;
    this.pollInterval = pollInterval;
    this.timeout = timeout;
  }

  /** Raises the claim's storage request; a claim that does not exist (yet) is left alone. */
  void expand(Step step) {
    ObjectRef ref = step.ref();
    ResourceDefinitionContext context = resources.context("v1", ref);
    String storage =
        step.object().get("spec") instanceof Map<?, ?> spec
                && spec.get("resources") instanceof Map<?, ?> res
                && res.get("requests") instanceof Map<?, ?> requests
            ? String.valueOf(requests.get("storage"))
            : "";
    resources.call(
        "patch",
        context,
        ref,
        ref.namespace(),
        () ->
            backoff.retry(
                () -> {
                  var handle = resources.resource(context, ref, null);
                  if (handle.get() == null) {
                    return null;
                  }
                  return handle.edit(claim -> withStorage(claim, storage));
                }));
  }

  @SuppressWarnings("unchecked")
  private static GenericKubernetesResource withStorage(
      GenericKubernetesResource claim, String storage) {
    Map<String, Object> spec =
        (Map<String, Object>)
            claim.getAdditionalProperties().computeIfAbsent("spec", k -> new LinkedHashMap<>());
    Map<String, Object> res =
        (Map<String, Object>) spec.computeIfAbsent("resources", k -> new LinkedHashMap<>());
    Map<String, Object> requests =
        (Map<String, Object>) res.computeIfAbsent("requests", k -> new LinkedHashMap<>());
    requests.put("storage", storage);
    return claim;
  }

  /** Deletes the workload orphaning its pods, waits until it is gone, creates it again. */
  void recreate(Step step) {
    ObjectRef ref = step.ref();
    ResourceDefinitionContext context = resources.context(step.object().getApiVersion(), ref);
    resources.call(
        "delete",
        context,
        ref,
        ref.namespace(),
        () ->
            backoff.retry(
                () ->
                    resources
                        .resource(context, ref, null)
                        .withPropagationPolicy(DeletionPropagation.ORPHAN)
                        .delete()));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (resources.call(
            "get",
            context,
            ref,
            ref.namespace(),
            () -> resources.resource(context, ref, null).get())
        != null) {
      if (System.nanoTime() > deadline) {
        throw new ReconcileException(
            ref
                + " was deleted (pods orphaned) but is still there after "
                + timeout
                + "; run kb apply again to create it");
      }
      try {
        backoff.sleeper().sleep(pollInterval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReconcileException("interrupted while waiting for " + ref + " to go");
      }
    }
    writer.write(
        new Step(
            Action.CREATE, step.stage(), ref, step.reason(), step.diffs(), step.object(), null));
  }
}
