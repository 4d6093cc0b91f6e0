package dev.kbforge.reconciler.actions;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Reads an account Secret's {@code username} and {@code password} when accountProvision runs, as
 * KubeBlocks does (transformer_component_account_provision.go, provision): the password never
 * enters a plan or a log line.
 */
final class AccountCredentials {
  private AccountCredentials() {}

  /**
   * @return {username, password}
   * @throws IllegalStateException when the Secret is missing or lacks a key (a failed attempt)
   */
  static String[] read(KubernetesClient client, String namespace, String name) {
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new IllegalStateException(
          "cannot read Secret " + namespace + "/" + name + ": " + e.getMessage());
    }
    if (secret == null) {
      throw new IllegalStateException("Secret " + namespace + "/" + name + " does not exist");
    }
    Map<String, String> data = secret.getData() == null ? Map.of() : secret.getData();
    String username = decode(data.get("username"));
    String password = decode(data.get("password"));
    if (username == null || username.isEmpty() || password == null) {
      throw new IllegalStateException(
          "Secret " + namespace + "/" + name + " has no username or no password");
    }
    return new String[] {username, password};
  }

  private static String decode(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
