package dev.kbforge.compiler.kubeversion;

/**
 * Where a user writes a field that ends up in an emitted object, so a refusal points at that line.
 *
 * @param origin which document the pattern applies to
 * @param pattern a JSON Pointer in which {@code *} stands for any array index or key
 */
public record FieldSource(Origin origin, String pattern) {

  /** The source document a pattern is read in. */
  public enum Origin {
    /** The component's ComponentDefinition, from its root. */
    DEFINITION,
    /** The Cluster, under the component's spec ({@code /spec/componentSpecs/0}). */
    COMPONENT,
    /** The Cluster, from its root. */
    CLUSTER
  }

  static FieldSource definition(String pattern) {
    return new FieldSource(Origin.DEFINITION, pattern);
  }

  static FieldSource component(String pattern) {
    return new FieldSource(Origin.COMPONENT, pattern);
  }

  static FieldSource cluster(String pattern) {
    return new FieldSource(Origin.CLUSTER, pattern);
  }
}
