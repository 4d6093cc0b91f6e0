package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pods of a redis StatefulSet in namespace demo, and a fake role probe that answers for them. */
final class Pods implements RoleProbe, RoleListener {
  static final String APP = "app.kubernetes.io/instance";

  final Map<String, String> answers = new HashMap<>();
  final List<String> probed = Collections.synchronizedList(new ArrayList<>());
  final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  final List<LabelChange> changes = Collections.synchronizedList(new ArrayList<>());

  static RoleWorkload redis(String app, int periodSeconds) {
    return new RoleWorkload(
        new ObjectRef("apps", "StatefulSet", "demo", app),
        new LabelSelectorBuilder().addToMatchLabels(APP, app).build(),
        List.of(new RoleDef("primary", 2, true, true), new RoleDef("secondary", 1, true, false)),
        new ProbeSpec(periodSeconds, 2));
  }

  static Pod pod(String name, String app, boolean ready, String role) {
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("demo")
            .addToLabels(APP, app)
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("redis")
            .withImage("redis")
            .endContainer()
            .endSpec()
            .withNewStatus()
            .withPhase("Running")
            .addNewCondition()
            .withType("Ready")
            .withStatus(ready ? "True" : "False")
            .endCondition()
            .endStatus();
    if (role != null) {
      pod.editMetadata().addToLabels("kubeblocks.io/role", role).endMetadata();
    }
    return pod.build();
  }

  static void create(KubernetesClient client, Pod pod) {
    client.pods().inNamespace("demo").resource(pod).create();
  }

  static String role(KubernetesClient client, String name) {
    Pod pod = client.pods().inNamespace("demo").withName(name).get();
    Map<String, String> labels = pod.getMetadata().getLabels();
    return labels == null ? null : labels.get("kubeblocks.io/role");
  }

  @Override
  public Optional<String> probe(Pod pod, ProbeSpec spec) {
    probed.add(pod.getMetadata().getName());
    return Optional.ofNullable(answers.get(pod.getMetadata().getName()));
  }

  @Override
  public void warning(String message) {
    warnings.add(message);
  }

  @Override
  public void changed(LabelChange change) {
    changes.add(change);
  }
}
