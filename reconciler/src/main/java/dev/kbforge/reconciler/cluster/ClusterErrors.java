package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/**
 * Turns a failed request into one line a user can act on: {@code cannot reach https://...:
 * connection refused}, {@code forbidden: cannot patch configmaps in ns x}, {@code unauthorized:
 * ...}, or the server's own message for anything else.
 */
final class ClusterErrors {
  private ClusterErrors() {}

  /**
   * @param verb the API verb (get, list, create, update, patch, delete)
   * @param plural the resource, e.g. {@code configmaps}
   * @param ref the object, or null for a list
   * @param namespace the namespace of the request ("" for cluster-wide)
   * @param server the API server URL
   */
  static ReconcileException translate(
      RuntimeException e,
      String verb,
      String plural,
      ObjectRef ref,
      String namespace,
      String server) {
    if (e instanceof ReconcileException r) {
      return r;
    }
    Throwable io = ioCause(e);
    int code = e instanceof KubernetesClientException k ? k.getCode() : 0;
    if (io != null && code <= 0) {
      return new ReconcileException("cannot reach " + server + ": " + describe(io), e);
    }
    String where = namespace == null || namespace.isEmpty() ? "" : " in ns " + namespace;
    return switch (code) {
      case 401 ->
          new ReconcileException(
              "unauthorized: " + server + " does not accept the kubeconfig's credentials", e);
      case 403 -> new ReconcileException("forbidden: cannot " + verb + " " + plural + where, e);
      default -> {
        String what = ref == null ? plural + where : ref.toString();
        yield new ReconcileException(
            "cannot " + verb + " " + what + ": " + serverMessage(e, code), e);
      }
    };
  }

  private static String serverMessage(RuntimeException e, int code) {
    if (e instanceof KubernetesClientException k
        && k.getStatus() != null
        && k.getStatus().getMessage() != null) {
      return k.getStatus().getMessage() + " (HTTP " + code + ")";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return t;
      }
    }
    return null;
  }

  private static String describe(Throwable io) {
    Throwable root = io;
    for (Throwable t = io; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof HttpTimeoutException) {
        return "timed out";
      }
      root = t;
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
