package dev.kbforge.reconciler.model;

/**
 * A problem with the cluster or the connection to it (unreachable, forbidden, timed out), said in
 * one line for the user: the command prints {@code kb apply: <message>} and exits 1, without a
 * stack trace.
 */
public final class ReconcileException extends RuntimeException {
  public ReconcileException(String message) {
    super(message);
  }

  public ReconcileException(String message, Throwable cause) {
    super(message, cause);
  }
}
