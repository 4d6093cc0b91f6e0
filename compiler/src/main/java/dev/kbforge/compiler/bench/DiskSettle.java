package dev.kbforge.compiler.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Flushes the machine's dirty pages before a timed pass, outside its timing. Without it the Jackson
 * floor, which runs right after the render, pays for writing back the render's output (and the
 * render for its generated inputs): on this project's build machine that swung the floor of 1,000
 * clusters between 3 and 15 seconds while the render's own time held.
 */
final class DiskSettle {
  private DiskSettle() {}

  /** Runs {@code sync}; where there is none (or it hangs), the pass is timed as it comes. */
  static void settle() {
    try {
      Process sync = new ProcessBuilder("sync").redirectErrorStream(true).start();
      sync.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!sync.waitFor(60, TimeUnit.SECONDS)) {
        sync.destroyForcibly();
      }
    } catch (IOException e) {
      // no sync command: nothing to settle with
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
