package dev.kbforge.reconciler.plan;

/**
 * One field that differs between the live object and the desired one.
 *
 * @param path where, e.g. {@code spec.template.spec.containers[0].image} or {@code
 *     metadata.labels["app.kubernetes.io/name"]}
 * @param live the live value as JSON, or {@code (absent)}
 * @param desired the desired value as JSON, or {@code (absent)} for a field to be removed
 */
public record FieldDiff(String path, String live, String desired) {
  public static final String ABSENT = "(absent)";

  @Override
  public String toString() {
    return path + ": " + live + " -> " + desired;
  }
}
