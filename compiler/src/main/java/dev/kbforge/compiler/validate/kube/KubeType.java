package dev.kbforge.compiler.validate.kube;

/**
 * What a field of a Kubernetes type may hold, as far as a YAML value can show it. Read from the
 * fabric8 model classes by {@link KubeModels}.
 */
public sealed interface KubeType {

  /** A leaf value, or {@link #ANY} for values we do not look into. */
  enum Scalar implements KubeType {
    STRING("a string"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    NUMBER("a number"),
    /** {@code IntOrString}: a port number or name, a count or a percentage. */
    INT_OR_STRING("an integer or a string"),
    /** {@code resource.Quantity}: {@code 500m}, {@code 1Gi} or a plain number. */
    QUANTITY("a quantity (a number or a string such as 500m or 1Gi)"),
    ANY("anything");

    private final String description;

    Scalar(String description) {
      this.description = description;
    }

    @Override
    public String description() {
      return description;
    }
  }

  /** {@code []T}. */
  record ListOf(KubeType item) implements KubeType {
    @Override
    public String description() {
      return "a list";
    }
  }

  /** {@code map[string]T}. */
  record MapOf(KubeType value) implements KubeType {
    @Override
    public String description() {
      return "a mapping";
    }
  }

  /** A Kubernetes struct, described by its fabric8 class. */
  record Model(Class<?> type) implements KubeType {
    @Override
    public String description() {
      return "a mapping (" + type.getSimpleName() + ")";
    }
  }

  /** For messages: "an integer", "a list"... */
  String description();
}
