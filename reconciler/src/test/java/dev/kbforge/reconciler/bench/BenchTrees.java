package dev.kbforge.reconciler.bench;

import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generated trees and object lists for the benchmarks. */
final class BenchTrees {
  private BenchTrees() {}

  /** {@code count} ConfigMaps spread over {@code namespaces} namespaces, one file per namespace. */
  static Path configMaps(Path dir, int count, int namespaces) {
    StringBuilder[] files = new StringBuilder[namespaces];
    for (int n = 0; n < namespaces; n++) {
      files[n] = new StringBuilder();
    }
    for (int i = 0; i < count; i++) {
      files[i % namespaces].append(configMap(i, namespaces)).append("---\n");
    }
    for (int n = 0; n < namespaces; n++) {
      ApplyBenchmark.write(dir.resolve("ns-" + n + ".yaml"), files[n].toString());
    }
    return dir;
  }

  /** The same ConfigMaps as objects. */
  static List<GenericKubernetesResource> configMapObjects(int count, int namespaces) {
    List<GenericKubernetesResource> objects = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      objects.add(Fixture.object(configMap(i, namespaces)));
    }
    return objects;
  }

  private static String configMap(int i, int namespaces) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cm-%05d
          namespace: bench-%d
          labels: {app.kubernetes.io/instance: bench, index: "%d"}
        data:
          redis.conf: |
            port 6379
            maxmemory %dmb
          mode: replication
        """
        .formatted(i, i % namespaces, i, 64 + i % 7);
  }
}
