package dev.kbforge.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code kb apply} and {@code kb diff} share: which cluster, which ApplySet. */
final class ClusterOptions {
  @Mixin ConnectionOptions connection;

  @Option(
      names = "--applyset",
      paramLabel = "NAME",
      description =
          "The name of the tree's ApplySet (inventory), parent ConfigMap kbforge-applyset-NAME"
              + " (default: the directory's name). Keep it stable: prune only sees members of"
              + " the same ApplySet.")
  String applySet;

  KubernetesClient connect() {
    return connection.connect();
  }
}
