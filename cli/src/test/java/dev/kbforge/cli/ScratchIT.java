package dev.kbforge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScratchIT {
  @Test
  void serve() throws Exception {
    Path tmp = Files.createDirectories(Path.of("/tmp/scratch"));
    Path tree = RenderedTree.redis(Files.createTempDirectory(tmp, "t"), "instanceset");
    try (MockApiServer mock = MockApiServer.crud(tmp, Duration.ofMillis(20))) {
      Files.writeString(tmp.resolve("info"), mock.kubeconfig + " " + tree + "\n");
      Thread.sleep(120_000);
    }
  }
}
