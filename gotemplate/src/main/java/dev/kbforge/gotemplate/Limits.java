package dev.kbforge.gotemplate;

/**
 * Bounds on one execution, so that a runaway template ends in a {@link TemplateException} of kind
 * LIMIT instead of a hang, an OutOfMemoryError or a StackOverflowError.
 *
 * @param maxSteps range iterations plus function calls plus template calls, in total
 * @param maxOutputChars characters written to the output, and the longest string one function may
 *     return
 * @param maxDepth nesting of {{template}} calls (Go's own limit is 100000 frames; ours is lower
 *     because the JVM stack is smaller)
 * @param maxBuilt characters of every string plus elements of every list that functions return,
 *     summed over the execution: what bounds memory when a loop keeps building (a doubling list, a
 *     dict filled with long strings) while each single result stays small
 * @param maxMillis wall-clock time of one execution, checked at every step
 */
public record Limits(
    long maxSteps, long maxOutputChars, int maxDepth, long maxBuilt, long maxMillis) {
  public static final Limits DEFAULT =
      new Limits(1_000_000, 16 * 1024 * 1024, 200, 64 * 1024 * 1024, 5_000);

  public Limits {
    if (maxSteps <= 0 || maxOutputChars <= 0 || maxDepth <= 0 || maxBuilt <= 0 || maxMillis <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Steps, output and depth as given; the default budget of built values and time. */
  public Limits(long maxSteps, long maxOutputChars, int maxDepth) {
    this(maxSteps, maxOutputChars, maxDepth, DEFAULT_BUILT, DEFAULT_MILLIS);
  }

  private static final long DEFAULT_BUILT = 64L * 1024 * 1024;
  private static final long DEFAULT_MILLIS = 5_000;
}
