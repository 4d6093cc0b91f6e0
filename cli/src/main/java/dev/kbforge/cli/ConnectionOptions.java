package dev.kbforge.cli;

import dev.kbforge.reconciler.cluster.ClientFactory;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which cluster: the options of every command that talks to one. */
final class ConnectionOptions {
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

  KubernetesClient connect() {
    return ClientFactory.connect(kubeconfig, context);
  }
}
