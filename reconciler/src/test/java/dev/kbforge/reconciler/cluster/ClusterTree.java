package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A KubeBlocks cluster's folder as {@code kb render --target statefulset} writes it, cut down to
 * one object per kind prune treats differently: an env ConfigMap, a headless Service and a
 * StatefulSet that reads an account Secret (which {@code kb apply} generates), each labelled like
 * KubeBlocks' objects. A DoNotTerminate cluster's objects carry the prune opt-outs render puts on
 * them. Claims are made in the mock directly, labelled as the StatefulSet controller labels them.
 */
final class ClusterTree {
  private ClusterTree() {}

  static String labels(String cluster, String component) {
    return """
          labels:
            app.kubernetes.io/managed-by: kubeblocks
            app.kubernetes.io/instance: %s
            apps.kubeblocks.io/component-name: %s
        """
        .formatted(cluster, component);
  }

  /** What render annotates every object of a cluster with, for {@code policy}. */
  static String annotations(String policy) {
    if (policy.equals("DoNotTerminate")) {
      return """
            annotations:
              argocd.argoproj.io/sync-options: Prune=false,Delete=false
              kustomize.toolkit.fluxcd.io/prune: disabled
              kbforge.dev/termination-policy: DoNotTerminate
          """;
    }
    return "  annotations: {}\n";
  }

  /** Writes the component's three objects to {@code <dir>/<cluster>/<component>.yaml}. */
  static void write(Path dir, String cluster, String component, String policy, String retention) {
    String name = cluster + "-" + component;
    String meta = labels(cluster, component) + annotations(policy);
    String workloadPolicy =
        policy.equals("DoNotTerminate")
            ? meta
            : meta.replace(
                "annotations: {}", "annotations: {kbforge.dev/termination-policy: " + policy + "}");
    String yaml =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %1$s-env
          namespace: demo
        %2$sdata: {COMPONENT_REPLICAS: "1"}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: %1$s-headless
          namespace: demo
        %2$sspec:
          clusterIP: None
          ports: [{port: 6379}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: %1$s
          namespace: demo
        %3$sspec:
          replicas: 2
          serviceName: %1$s-headless
          persistentVolumeClaimRetentionPolicy: {whenDeleted: %4$s, whenScaled: Delete}
          selector:
            matchLabels: {app.kubernetes.io/instance: %5$s}
          template:
            metadata:
              labels: {app.kubernetes.io/instance: %5$s}
            spec:
              containers:
              - name: main
                image: redis:7
                env:
                - name: PASSWORD
                  valueFrom:
                    secretKeyRef: {name: %1$s-account-default, key: password}
          volumeClaimTemplates:
          - metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
        """
            .formatted(name, meta, workloadPolicy, retention, cluster);
    Fixture.write(dir, cluster + "/" + component + ".yaml", yaml);
  }

  /** The claims the StatefulSet controller makes for two replicas, the first bound at 2Gi. */
  static void makeClaims(MockCluster mock, String cluster, String component) {
    for (int i = 0; i < 2; i++) {
      String yaml =
          """
          apiVersion: v1
          kind: PersistentVolumeClaim
          metadata:
            name: data-%s-%s-%d
            namespace: demo
          %sspec:
            accessModes: [ReadWriteOnce]
            resources: {requests: {storage: 1Gi}}
          %s"""
              .formatted(
                  cluster,
                  component,
                  i,
                  labels(cluster, component),
                  i == 0 ? "status: {phase: Bound, capacity: {storage: 2Gi}}\n" : "");
      mock.client.resource(Fixture.object(yaml)).create();
    }
  }

  /** The names of the live objects of {@code kind} labelled with {@code cluster}, sorted. */
  static List<String> live(MockCluster mock, String kind, String cluster) {
    String apiVersion = kind.equals("StatefulSet") ? "apps/v1" : "v1";
    return mock
        .client
        .genericKubernetesResources(apiVersion, kind)
        .inNamespace("demo")
        .withLabels(Map.of("app.kubernetes.io/instance", cluster))
        .list()
        .getItems()
        .stream()
        .map(GenericKubernetesResource::getMetadata)
        .map(m -> m.getName())
        .sorted()
        .toList();
  }
}
