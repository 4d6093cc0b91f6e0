package dev.kbforge.reconciler.actions;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for the StatefulSet controller and the kubelets against the CRUD mock: keeps pods
 * {@code <sts>-0..replicas-1} (Ready, with the template's labels, {@code -0} labelled primary) and
 * a status that says all of them are ready. Runs on a daemon thread until closed.
 */
public final class Kubelet implements AutoCloseable {
  private final KubernetesClient client;
  private final String namespace;
  private final Thread thread;
  private volatile boolean running = true;

  public Kubelet(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
    this.thread = new Thread(this::loop, "test-kubelet");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        for (StatefulSet sts :
            client.apps().statefulSets().inNamespace(namespace).list().getItems()) {
          settle(sts);
        }
        Thread.sleep(10);
      } catch (KubernetesClientException e) {
        // a write raced with ours: next round
      } catch (IllegalStateException e) {
        return; // the client closed
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void settle(StatefulSet sts) {
    String name = sts.getMetadata().getName();
    int replicas = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
    Map<String, String> labels =
        new HashMap<>(sts.getSpec().getTemplate().getMetadata().getLabels());
    String revision =
        "r" + Integer.toHexString(Serialization.asJson(sts.getSpec().getTemplate()).hashCode());
    for (Pod pod : client.pods().inNamespace(namespace).list().getItems()) {
      String pod0 = pod.getMetadata().getName();
      if (pod0.startsWith(name + "-")) {
        int ordinal = Integer.parseInt(pod0.substring(name.length() + 1));
        if (ordinal >= replicas) {
          client.pods().inNamespace(namespace).withName(pod0).delete();
        }
      }
    }
    for (int i = 0; i < replicas; i++) {
      String pod = name + "-" + i;
      if (client.pods().inNamespace(namespace).withName(pod).get() == null) {
        Map<String, String> podLabels = new HashMap<>(labels);
        podLabels.put("controller-revision-hash", revision);
        if (i == 0) {
          podLabels.put("kubeblocks.io/role", "primary");
        }
        client
            .pods()
            .inNamespace(namespace)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName(pod)
                    .withNamespace(namespace)
                    .withLabels(podLabels)
                    .endMetadata()
                    .withNewStatus()
                    .withPhase("Running")
                    .addNewCondition()
                    .withType("Ready")
                    .withStatus("True")
                    .endCondition()
                    .endStatus()
                    .build())
            .create();
      }
    }
    Long generation = sts.getMetadata().getGeneration();
    var status = sts.getStatus();
    boolean settled =
        status != null
            && status.getReadyReplicas() != null
            && status.getReadyReplicas() == replicas
            && java.util.Objects.equals(status.getObservedGeneration(), generation)
            && revision.equals(status.getUpdateRevision());
    if (!settled) {
      sts.setStatus(
          new StatefulSetStatusBuilder()
              .withObservedGeneration(generation)
              .withReplicas(replicas)
              .withReadyReplicas(replicas)
              .withUpdatedReplicas(replicas)
              .withCurrentReplicas(replicas)
              .withUpdateRevision(revision)
              .build());
      client.apps().statefulSets().inNamespace(namespace).resource(sts).updateStatus();
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
