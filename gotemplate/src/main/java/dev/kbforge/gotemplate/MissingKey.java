package dev.kbforge.gotemplate;

/** Go's {@code missingkey} option: what a missing map key gives. */
public enum MissingKey {
  /** Go's default ({@code missingkey=default} or {@code invalid}): prints {@code <no value>}. */
  DEFAULT,
  /** {@code missingkey=error}: execution stops with an error. */
  ERROR;

  /** Parses Go's option value: default, invalid, error. */
  public static MissingKey parse(String value) {
    return switch (value) {
      case "default", "invalid" -> DEFAULT;
      case "error" -> ERROR;
      default -> throw new IllegalArgumentException("unknown missingkey mode: " + value);
    };
  }
}
