package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Readiness;
import dev.kbforge.reconciler.plan.Step;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Waits, by polling, until objects are ready ({@link Readiness}), or fails naming the first one
 * still pending and what it lacks. A CRD also counts as ready once API discovery serves its kind:
 * some servers (fabric8's mock API server among them) never write CRD status.
 */
final class Waiter {
  private final Resources resources;
  private final LiveReader reader;
  private final Duration interval;
  private final Backoff.Sleeper sleeper;
  private final Clock clock;
  private final ApplyListener listener;

  Waiter(
      Resources resources,
      LiveReader reader,
      Duration interval,
      Backoff.Sleeper sleeper,
      Clock clock,
      ApplyListener listener) {
    this.resources = resources;
    this.reader = reader;
    this.interval = interval;
    this.sleeper = sleeper;
    this.clock = clock;
    this.listener = listener;
  }

  /** Returns when every step's object is ready; throws once {@code timeout} has passed. */
  void await(List<Step> waits, Duration timeout) {
    Instant deadline = clock.instant().plus(timeout);
    Map<Step, String> pending = new LinkedHashMap<>();
    waits.forEach(s -> pending.put(s, "not checked yet"));
    while (true) {
      for (Step step : new ArrayList<>(pending.keySet())) {
        String lacks = lacks(step);
        if (lacks == null) {
          pending.remove(step);
          listener.stepDone(step);
        } else {
          pending.put(step, lacks);
        }
      }
      if (pending.isEmpty()) {
        return;
      }
      if (!clock.instant().isBefore(deadline)) {
        Map.Entry<Step, String> first = pending.entrySet().iterator().next();
        String more = pending.size() > 1 ? " and " + (pending.size() - 1) + " more" : "";
        throw new ReconcileException(
            "timed out after "
                + Durations.format(timeout)
                + " waiting for "
                + first.getKey().ref()
                + " to be "
                + first.getKey().reason()
                + " ("
                + first.getValue()
                + ")"
                + more);
      }
      try {
        sleeper.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReconcileException("interrupted while waiting", e);
      }
    }
  }

  private String lacks(Step step) {
    ObjectRef ref = step.ref();
    GenericKubernetesResource live = reader.get(step.object().getApiVersion(), ref);
    String lacks = Readiness.pending(live);
    if (lacks != null
        && live != null
        && ref.kind().equals("CustomResourceDefinition")
        && served(live)) {
      return null;
    }
    return lacks;
  }

  private boolean served(GenericKubernetesResource crd) {
    JsonNode spec = Objects.tree(crd).path("spec");
    String group = spec.path("group").asString("");
    String plural = spec.path("names").path("plural").asString("");
    for (JsonNode version : spec.path("versions")) {
      if (!version.path("served").asBoolean(false)) {
        continue;
      }
      try {
        var list =
            resources.client().getApiResources(group + "/" + version.path("name").asString(""));
        if (list != null && list.getResources() != null) {
          for (APIResource resource : list.getResources()) {
            if (plural.equals(resource.getName())) {
              return true;
            }
          }
        }
      } catch (KubernetesClientException e) {
        return false;
      }
    }
    return false;
  }
}
