package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreachableTest {
  @TempDir Path dir;

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void saysItCannotReachTheServer() throws IOException {
    Fixture.write(dir, "cm.yaml", ServerSideApplyTest.CONFIG_MAP);
    String url = "https://127.0.0.1:" + closedPort() + "/";
    Fixture fixture = new Fixture();
    try (KubernetesClient client =
            new KubernetesClientBuilder()
                .withConfig(
                    new ConfigBuilder().withMasterUrl(url).withRequestRetryBackoffLimit(0).build())
                .build();
        Reconciler reconciler =
            new Reconciler(client, dir, fixture.options(), fixture.listener())) {
      ReconcileException e = assertThrows(ReconcileException.class, reconciler::plan);
      assertEquals("cannot reach " + url + ": connection refused", e.getMessage());
    }
  }
}
