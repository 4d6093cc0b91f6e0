package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.testing.Fixture;
import java.nio.file.Path;

/**
 * A rendered component as kb render writes it, reduced to what the lifecycle needs: StatefulSet
 * {@code demo/demo-redis} whose kbagent offers postProvision, switchover, memberJoin, memberLeave,
 * accountProvision (accounts kbadmin and kbmonitoring, on the primary) and the roleProbe.
 */
final class LifecycleTree {
  static final String HINTS =
      "{\"postProvision\":{},"
          + "\"switchover\":{\"podDomain\":\"demo-redis-headless.demo.svc.cluster.local\"},"
          + "\"memberJoin\":{\"podDomain\":\"demo-redis-headless.demo.svc.cluster.local\"},"
          + "\"memberLeave\":{\"podDomain\":\"demo-redis-headless.demo.svc.cluster.local\"},"
          + "\"accountProvision\":{\"targetPodSelector\":\"Role\",\"matchingKey\":\"primary\","
          + "\"accounts\":[{\"name\":\"kbadmin\",\"secret\":\"demo-redis-account-kbadmin\","
          + "\"statement\":\"CREATE USER ${KB_ACCOUNT_NAME}\"},{\"name\":\"kbmonitoring\","
          + "\"secret\":\"demo-redis-account-kbmonitoring\",\"statement\":\"CREATE USER m\"}]}}";

  static final String ACTIONS =
      "[{\"name\":\"postProvision\",\"exec\":{\"command\":[\"/p.sh\"]}},"
          + "{\"name\":\"switchover\",\"exec\":{\"command\":[\"/s.sh\"]}},"
          + "{\"name\":\"memberJoin\",\"exec\":{\"command\":[\"/j.sh\"]}},"
          + "{\"name\":\"memberLeave\",\"exec\":{\"command\":[\"/l.sh\"]},\"timeoutSeconds\":5},"
          + "{\"name\":\"accountProvision\",\"exec\":{\"command\":[\"/a.sh\"]}},"
          + "{\"name\":\"roleProbe\",\"exec\":{\"command\":[\"/r.sh\"]}}]";

  static final String PROBES =
      "[{\"instance\":\"demo-redis\",\"action\":\"roleProbe\",\"periodSeconds\":1}]";

  static final String PASSWORDS =
      "{\"demo-redis-account-default\":{\"username\":\"default\"},"
          + "\"demo-redis-account-kbadmin\":{\"username\":\"kbadmin\"},"
          + "\"demo-redis-account-kbmonitoring\":{\"username\":\"kbmonitoring\"}}";

  private LifecycleTree() {}

  /** Writes the tree with {@code replicas} into {@code dir}. */
  static Path write(Path dir, int replicas) {
    return write(dir, replicas, "redis", false);
  }

  /**
   * The same, its container running {@code image}; {@code ordered}: updated in role order by kb
   * apply (OnDelete, as render writes a StatefulSet with roles).
   */
  static Path write(Path dir, int replicas, String image, boolean ordered) {
    String yaml =
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: demo-redis
          namespace: demo
          labels:
            app.kubernetes.io/instance: demo
            apps.kubeblocks.io/component-name: redis
          annotations:
            kbforge.dev/lifecycle-actions: '%s'
            kbforge.dev/password-config: '%s'
            kbforge.dev/roles: '[{"name":"primary","updatePriority":2,"isExclusive":true},{"name":"secondary","updatePriority":1}]'
        spec:
          updateStrategy: {type: UPDATE}
          replicas: %d
          serviceName: demo-redis-headless
          selector:
            matchLabels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: redis}
          template:
            metadata:
              labels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: redis}
            spec:
              containers:
              - name: redis
                image: IMAGE
              - name: kbagent
                image: kbagent
                env:
                - {name: KB_AGENT_ACTION, value: '%s'}
                - {name: KB_AGENT_PROBE, value: '%s'}
        """
            .formatted(HINTS, PASSWORDS, replicas, ACTIONS, PROBES);
    yaml = yaml.replace("IMAGE", image).replace("UPDATE", ordered ? "OnDelete" : "RollingUpdate");
    if (ordered) {
      yaml =
          yaml.replace(
              "    kbforge.dev/roles:",
              "    kbforge.dev/role-ordered-update: 'true'\n    kbforge.dev/roles:");
    }
    return Fixture.write(dir, "statefulset-demo-redis.yaml", yaml);
  }
}
