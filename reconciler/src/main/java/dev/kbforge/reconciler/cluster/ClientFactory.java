package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Connects the way kubectl does: {@code --kubeconfig} if given, else the files of {@code
 * KUBECONFIG}, else {@code ~/.kube/config} (fabric8's {@link Config}); {@code --context} picks a
 * context, else the current one. fabric8's own retries are turned off: kbforge retries what is
 * worth retrying itself, and an unreachable server should fail at once.
 */
public final class ClientFactory {
  private ClientFactory() {}

  /**
   * @param kubeconfig the kubeconfig file, or null for kubectl's search
   * @param context the context, or null for the current one
   */
  public static KubernetesClient connect(Path kubeconfig, String context) {
    return new KubernetesClientBuilder().withConfig(config(kubeconfig, context)).build();
  }

  static Config config(Path kubeconfig, String context) {
    Config config;
    try {
      if (kubeconfig != null) {
        if (!Files.isRegularFile(kubeconfig)) {
          throw new ReconcileException("cannot read kubeconfig " + kubeconfig + ": no such file");
        }
        config = Config.fromKubeconfig(context, kubeconfig.toFile());
      } else {
        if (noKubeconfig()) {
          throw new ReconcileException(
              "no kubeconfig: give --kubeconfig, set KUBECONFIG or create ~/.kube/config");
        }
        config = Config.autoConfigure(context);
      }
    } catch (ReconcileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ReconcileException("cannot load kubeconfig: " + firstLine(e), e);
    }
    if (context != null && !hasContext(config.getContexts(), context)) {
      throw new ReconcileException("no context '" + context + "' in the kubeconfig");
    }
    if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
      throw new ReconcileException("the kubeconfig names no server");
    }
    config.setRequestRetryBackoffLimit(0);
    return config;
  }

  private static boolean noKubeconfig() {
    boolean inCluster = System.getenv("KUBERNETES_SERVICE_HOST") != null;
    return !inCluster
        && Config.getKubeconfigFilenames().stream().map(File::new).noneMatch(File::isFile);
  }

  private static boolean hasContext(List<NamedContext> contexts, String name) {
    return contexts != null && contexts.stream().anyMatch(c -> name.equals(c.getName()));
  }

  private static String firstLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
