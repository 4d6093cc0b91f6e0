package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.testing.Fixture;
import java.nio.file.Path;

/**
 * A rendered StatefulSet component with one config template reloaded in place, as kb render writes
 * it: StatefulSet {@code demo/demo-redis} (2 pods) whose kbagent offers the template's reconfigure
 * action {@code udf-reconfigure-cmpd-redis-config}, its ConfigMap {@code demo-redis-redis-config}
 * with {@code redis.conf}, the {@code kbforge.dev/reconfigure} hint with the content's hash, a
 * Cluster variable and reconfigureArgs, and the template vars.
 */
final class ReconfigureTree {
  static final String ACTION = "udf-reconfigure-cmpd-redis-config";

  private ReconfigureTree() {}

  /** The hash render would give {@code content} (any function of it will do for kb apply). */
  static String hash(String content) {
    return "h" + Integer.toHexString(content.hashCode());
  }

  /** Writes the tree with {@code redis.conf} = {@code content} into {@code dir}. */
  static void write(Path dir, String content) {
    String hint =
        "[{\"template\":\"redis-config\",\"action\":\"%s\",\"configHash\":\"%s\","
                .formatted(ACTION, hash(content))
            + "\"configMap\":\"demo-redis-redis-config\",\"mountPath\":\"/etc/redis\","
            + "\"parameters\":{\"maxmemory\":\"2\",\"policy\":\"lru\"},"
            + "\"arguments\":[[\"maxmemory\",\"2\"]]}]";
    String sts =
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
            kbforge.dev/lifecycle-actions: '{"%s":{}}'
            kbforge.dev/reconfigure: '%s'
            kbforge.dev/template-vars: '{"maxmemory":"1","cluster.name":"demo"}'
        spec:
          replicas: 2
          serviceName: demo-redis-headless
          selector:
            matchLabels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: redis}
          template:
            metadata:
              labels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: redis}
              annotations: {kbforge.dev/config-checksum: scripts-only}
            spec:
              containers:
              - name: redis
                image: redis
              - name: kbagent
                image: kbagent
                env:
                - {name: KB_AGENT_ACTION, value: '[{"name":"%s","exec":{"command":["/reload.sh"]}}]'}
        """
            .formatted(ACTION, hint, ACTION);
    Fixture.write(dir, "statefulset-demo-redis.yaml", sts);
    String cm =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: demo-redis-redis-config
          namespace: demo
        data:
          redis.conf: '%s'
        """
            .formatted(content);
    Fixture.write(dir, "configmap-demo-redis-redis-config.yaml", cm);
  }
}
