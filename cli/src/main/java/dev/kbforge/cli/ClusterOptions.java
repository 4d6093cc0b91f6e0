package dev.kbforge.cli;

import dev.kbforge.reconciler.cluster.ClientFactory;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code kb apply} and {@code kb diff} share: which cluster, which ApplySet. */
final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "The kubeconfig (default: as kubectl: KUBECONFIG, else ~/.kube/config).")
  Path kubeconfig;

  @Option(
      names = "--context",
      paramLabel = "NAME",
      description = "The kubeconfig context (default: its current context).")
  String context;

  @Option(
      names = "--applyset",
      paramLabel = "NAME",
      description =
          "The name of the tree's ApplySet (inventory), parent ConfigMap kbforge-applyset-NAME"
              + " (default: the directory's name). Keep it stable: prune only sees members of"
              + " the same ApplySet.")
  String applySet;

  KubernetesClient connect() {
    return ClientFactory.connect(kubeconfig, context);
  }
}
