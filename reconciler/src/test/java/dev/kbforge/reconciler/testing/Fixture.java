package dev.kbforge.reconciler.testing;

import dev.kbforge.reconciler.ReconcileOptions;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Trees in a temp dir, options, and a listener that records what an apply said. */
public final class Fixture {
  public final List<String> notices = Collections.synchronizedList(new ArrayList<>());
  public final List<Step> done = Collections.synchronizedList(new ArrayList<>());
  public boolean prune;

  /** {@code kb apply --yes}: the plan may delete PersistentVolumeClaims. */
  public boolean deleteClaims;

  public boolean waitReady;
  public Duration timeout = Duration.ofSeconds(5);
  public int concurrency = 4;
  public List<Path> secretsFrom = List.of();

  /** Writes {@code yaml} to {@code dir/file} (folders made as needed). */
  public static Path write(Path dir, String file, String yaml) {
    try {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, yaml);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One object from YAML. */
  public static GenericKubernetesResource object(String yaml) {
    return Serialization.unmarshal(yaml, GenericKubernetesResource.class);
  }

  public ReconcileOptions options() {
    return new ReconcileOptions(
        "test",
        prune,
        waitReady,
        "0.0.0-test",
        new Cluster.Options(
            concurrency,
            timeout,
            Duration.ofMillis(20),
            new Backoff(4, Duration.ofMillis(1), Duration.ofMillis(5), d -> {})),
        deleteClaims,
        secretsFrom);
  }

  public ApplyListener listener() {
    return new ApplyListener() {
      @Override
      public void stepDone(Step step) {
        done.add(step);
      }

      @Override
      public void notice(String message) {
        notices.add(message);
      }
    };
  }

  public Reconciler reconciler(MockCluster cluster, Path dir) {
    return new Reconciler(cluster.client, dir, options(), listener());
  }

  public ApplyResult apply(MockCluster cluster, Path dir) {
    try (Reconciler r = reconciler(cluster, dir)) {
      return r.apply();
    }
  }

  public Plan plan(MockCluster cluster, Path dir) {
    try (Reconciler r = reconciler(cluster, dir)) {
      return r.plan();
    }
  }
}
