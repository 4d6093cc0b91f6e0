package dev.kbforge.compiler.render.gotmpl;

/**
 * KubeBlocks' MySQL buffer-pool size ({@code calMysqlPoolSizeByResource} and {@code
 * calReverseRebaseBuffer} in pkg/controller/render/builtin_functions.go), behind the template
 * function {@code callBufferSizeByResource}.
 */
final class MysqlBufferPool {
  private static final String DEFAULT_POOL = "128M";
  private static final long MIN_BUFFER_MB = 128;
  private static final long SMALL_CLASS_BYTES = 1024L * 1024 * 1024;

  private MysqlBufferPool() {}

  /**
   * @param memoryBytes the container's memory limit, {@code Quantity.Value()}
   * @param cores the container's CPU limit, {@code Quantity.Value()} (rounded up)
   * @param shared whether the instance shares its host (no memory reserved for the system)
   */
  static String size(long memoryBytes, long cores, boolean shared) {
    if (cores == 0 || memoryBytes == 0) {
      return DEFAULT_POOL;
    }
    long memMb = memoryBytes / 1024 / 1024;
    long total = memMb;
    if (!shared) {
      total = memMb - reserved(memMb, cores);
    }
    if (memoryBytes < SMALL_CLASS_BYTES || cores < 1) {
      return DEFAULT_POOL;
    }
    if (memoryBytes == SMALL_CLASS_BYTES || cores == 1) {
      return (shared ? MIN_BUFFER_MB * 4 : MIN_BUFFER_MB * 2) + "M";
    }
    // Go computes int32(total * 75 / 100): the conversion wraps like Java's (int) cast.
    int buffer = (int) (total * 75 / 100);
    int aligned = buffer > 1024 ? 1024 : 128;
    buffer /= aligned;
    buffer *= aligned;
    return buffer + "M";
  }

  /** Memory reserved for the system, in MB. */
  private static long reserved(long memMb, long cores) {
    long r1 = (long) Math.min((double) (memMb >> 1), 2048.0);
    long r2 = (long) Math.max((double) (cores << 6), (double) (memMb >> 6));
    return r1 + r2 + (memMb >> 6) + 285;
  }
}
