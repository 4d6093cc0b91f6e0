package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.LiveState;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Stage;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.secrets.PasswordGenerator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live cluster as the reconciler sees it: reads the {@link LiveState} a plan needs and executes
 * plans. Stages run strictly in order; the steps of one stage run on a fixed pool of {@code
 * concurrency} threads; a stage with a failed step stops the run before the next stage (the next
 * apply picks up from there, since plans are computed from what is live).
 */
public final class Cluster implements AutoCloseable {
  /**
   * How to run.
   *
   * @param concurrency threads for the steps of one stage (and the GETs of planning)
   * @param timeout how long waits may take
   * @param pollInterval pause between readiness checks
   * @param backoff retries of conflicts and busy servers
   */
  public record Options(int concurrency, Duration timeout, Duration pollInterval, Backoff backoff) {
    public static Options defaults() {
      return new Options(8, Duration.ofMinutes(5), Duration.ofSeconds(1), Backoff.standard());
    }
  }

  private final Resources resources;
  private final Options options;
  private final ApplyListener listener;
  private final ExecutorService pool;
  private final LiveReader reader;
  private final ObjectWriter writer;
  private final Waiter waiter;
  private final DayTwoWriter dayTwo;

  /**
   * @param treeCrds the CRDs in the tree, so their kinds can be addressed before they are served
   */
  public Cluster(
      KubernetesClient client,
      List<GenericKubernetesResource> treeCrds,
      Options options,
      ApplyListener listener) {
    if (options.concurrency() < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.resources = new Resources(client, new KindResolver(client, treeCrds));
    this.options = options;
    this.listener = listener;
    this.pool = Executors.newFixedThreadPool(options.concurrency(), Cluster::daemon);
    this.reader = new LiveReader(resources, pool);
    this.writer = new ObjectWriter(resources, options.backoff(), listener, new PasswordGenerator());
    this.dayTwo =
        new DayTwoWriter(
            resources, writer, options.backoff(), options.pollInterval(), options.timeout());
    this.waiter =
        new Waiter(
            resources,
            reader,
            options.pollInterval(),
            options.backoff().sleeper(),
            Clock.systemUTC(),
            listener);
  }

  /** Whether objects of this kind live in a namespace, if the server or the tree knows the kind. */
  public java.util.Optional<Boolean> namespaced(String apiVersion, String kind) {
    return resources.find(apiVersion, kind).map(c -> c.isNamespaceScoped());
  }

  /** The live state a plan of {@code desired} needs, without claims or provided Secrets. */
  public LiveState read(ApplySet applySet, List<GenericKubernetesResource> desired) {
    return read(applySet, desired, false, List.of());
  }

  /**
   * The live state a plan of {@code desired} needs; {@code withClaims} for {@code --prune} (the
   * claims of the clusters it knows), {@code provided} the Secrets of {@code --secrets-from}.
   */
  public LiveState read(
      ApplySet applySet,
      List<GenericKubernetesResource> desired,
      boolean withClaims,
      List<ObjectRef> provided) {
    return reader.read(applySet, desired, withClaims, provided);
  }

  /** Executes {@code plan}; throws {@link ReconcileException} at the first failed stage. */
  public ApplyResult execute(Plan plan) {
    AtomicInteger writes = new AtomicInteger();
    for (List<Step> stage : plan.stages()) {
      Stage which = stage.get(0).stage();
      if (which == Stage.CRDS_ESTABLISHED || which == Stage.READY) {
        stage.forEach(s -> listener.notice("waiting for " + s.ref() + " to be " + s.reason()));
        waiter.await(stage, options.timeout());
        continue;
      }
      List<Future<?>> running = new ArrayList<>();
      for (Step step : stage) {
        running.add(pool.submit(() -> run(step, writes)));
      }
      LiveReader.await(running);
    }
    return new ApplyResult(plan, writes.get(), writer.fellBack());
  }

  /**
   * Returns once {@code workload} is ready ({@link dev.kbforge.reconciler.plan.Readiness}), as
   * {@code --wait} waits; throws once the timeout has passed.
   */
  public void awaitReady(GenericKubernetesResource workload) {
    ObjectRef ref = ObjectRef.of(workload);
    String readiness = dev.kbforge.reconciler.plan.Readiness.describe(ref.group(), ref.kind());
    if (readiness != null) {
      waiter.await(
          List.of(Step.of(Action.WAIT, Stage.READY, workload, readiness)), options.timeout());
    }
  }

  private void run(Step step, AtomicInteger writes) {
    if (step.action() == Action.CREATE || step.action() == Action.UPDATE) {
      if (!writer.write(step)) {
        return; // skipped, and said why: not done
      }
      writes.incrementAndGet();
    } else if (step.action() == Action.PRUNE) {
      writer.delete(step);
      writes.incrementAndGet();
    } else if (step.action() == Action.EXPAND) {
      dayTwo.expand(step);
      writes.incrementAndGet();
    } else if (step.action() == Action.RECREATE) {
      dayTwo.recreate(step);
      writes.incrementAndGet();
    }
    listener.stepDone(step);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "kb-apply");
    t.setDaemon(true);
    return t;
  }
}
