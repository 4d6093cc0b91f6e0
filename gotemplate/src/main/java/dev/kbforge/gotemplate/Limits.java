package dev.kbforge.gotemplate;

/**
 * Bounds on one execution, so that a runaway template ends in a {@link TemplateException} of kind
 * LIMIT instead of a hang, an OutOfMemoryError or a StackOverflowError.
 *
 * @param maxSteps range iterations plus function calls plus template calls, in total
 * @param maxOutputChars characters written to the output
 * @param maxDepth nesting of {{template}} calls (Go's own limit is 100000 frames; ours is lower
 *     because the JVM stack is smaller)
 */
public record Limits(long maxSteps, long maxOutputChars, int maxDepth) {
  public static final Limits DEFAULT = new Limits(1_000_000, 16 * 1024 * 1024, 200);

  public Limits {
    if (maxSteps <= 0 || maxOutputChars <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
