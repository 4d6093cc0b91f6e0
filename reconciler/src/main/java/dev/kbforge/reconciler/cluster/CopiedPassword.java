package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The password of an account whose Cluster entry names a Secret of the user's ({@code
 * systemAccounts[].secretRef}): read from that Secret when the account Secret is created, as
 * KubeBlocks' getPasswordFromSecret does
 * (controllers/apps/component/transformer_component_account.go). A missing Secret or key stops the
 * apply with one line: the account Secret is not made up.
 */
final class CopiedPassword {
  private CopiedPassword() {}

  /**
   * @param account the account Secret being created
   * @param from {@code namespace/name#key}
   */
  static String read(KubernetesClient client, ObjectRef account, String from) {
    int slash = from.indexOf('/');
    int hash = from.lastIndexOf('#');
    if (slash < 0 || hash < slash) {
      throw new ReconcileException(account + ": cannot read its password source '" + from + "'");
    }
    String namespace = from.substring(0, slash);
    String name = from.substring(slash + 1, hash);
    String key = from.substring(hash + 1);
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new ReconcileException(
          account + ": cannot read Secret " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
    String value = secret == null || secret.getData() == null ? null : secret.getData().get(key);
    if (value == null && secret != null && secret.getStringData() != null) {
      // an API server turns stringData into data; a stand-in (a mock) may keep it as written
      String plain = secret.getStringData().get(key);
      if (plain != null) {
        return plain;
      }
    }
    if (value == null) {
      throw new Missing(
          account
              + ": its password comes from Secret "
              + namespace
              + "/"
              + name
              + " (key "
              + key
              + "), which "
              + (secret == null ? "does not exist" : "has no such key")
              + "; create it first");
    }
    return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
  }

  /** The user's Secret, or its key, is not there (yet). */
  static final class Missing extends RuntimeException {
    Missing(String message) {
      super(message);
    }
  }
}
