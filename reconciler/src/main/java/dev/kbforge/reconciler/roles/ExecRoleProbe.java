package dev.kbforge.reconciler.roles;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TtyExecErrorable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the roleProbe's command in the pod's container through the API server (the {@code exec}
 * subresource, as {@code kubectl exec}), capturing stdout; gives up after the probe's timeout. A
 * probe that cannot run, exits non-zero or times out is a warning and no answer.
 */
public final class ExecRoleProbe implements RoleProbe {
  private static final ExecutorService OPENERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "kb-role-probe");
            t.setDaemon(true);
            return t;
          });

  private final KubernetesClient client;
  private final RoleListener listener;

  public ExecRoleProbe(KubernetesClient client, RoleListener listener) {
    this.client = client;
    this.listener = listener;
  }

  @Override
  public Optional<String> probe(Pod pod, ProbeSpec spec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] command = spec.commandLine().toArray(String[]::new);
    String where = RoleLabeler.ref(pod) + ": the role probe";
    long deadline = System.nanoTime() + spec.timeout().toNanos();
    // opening the exec stream blocks on the API server: bound it by the probe's timeout too
    CompletableFuture<ExecWatch> opening =
        CompletableFuture.supplyAsync(
            () -> output(pod, spec.container(), out).writingError(err).exec(command), OPENERS);
    try (ExecWatch exec = opening.get(left(deadline), TimeUnit.NANOSECONDS)) {
      Integer code = exec.exitCode().get(left(deadline), TimeUnit.NANOSECONDS);
      if (code == null || code != 0) {
        String how = code == null ? " ended without an exit status" : " exited with " + code;
        listener.warning(where + how + firstLine(err));
        return Optional.empty();
      }
      return Optional.of(out.toString(StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      opening.thenAccept(ExecWatch::close);
      listener.warning(where + " timed out after " + spec.timeout().toSeconds() + "s");
    } catch (ExecutionException e) {
      listener.warning(where + " failed: " + message(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  private static long left(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private TtyExecErrorable output(Pod pod, String container, ByteArrayOutputStream out) {
    PodResource resource =
        client
            .pods()
            .inNamespace(pod.getMetadata().getNamespace())
            .withName(pod.getMetadata().getName());
    return container.isEmpty()
        ? resource.writingOutput(out)
        : resource.inContainer(container).writingOutput(out);
  }

  private static String firstLine(ByteArrayOutputStream err) {
    String text = err.toString(StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "" : ": " + text.lines().findFirst().orElse("");
  }

  /**
   * The client's message, and the root cause's (e.g. the handshake's HTTP status) when it adds one.
   */
  private static String message(Throwable e) {
    if (e == null) {
      return "unknown error";
    }
    String outer =
        e instanceof KubernetesClientException k ? RoleLabeler.reason(k) : e.getMessage();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String inner = root.getMessage();
    if (root == e || inner == null || String.valueOf(outer).contains(inner)) {
      return String.valueOf(outer);
    }
    return outer + " (" + inner.lines().findFirst().orElse(inner) + ")";
  }
}
