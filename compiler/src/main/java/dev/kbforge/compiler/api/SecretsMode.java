package dev.kbforge.compiler.api;

/** How credential Secrets come to exist; their values are never written to the tree. */
public enum SecretsMode {
  /** {@code kb apply} creates missing account Secrets in the cluster (default). */
  APPLY,
  /** An external-secrets.io Password generator and ExternalSecret per account. */
  EXTERNAL_SECRETS
}
