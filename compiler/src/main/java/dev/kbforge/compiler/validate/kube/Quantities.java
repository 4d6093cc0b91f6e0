package dev.kbforge.compiler.validate.kube;

import java.util.regex.Pattern;

/**
 * The syntax of a Kubernetes {@code resource.Quantity} string: a signed decimal number and an
 * optional suffix, either binary SI ({@code Ki} ... {@code Ei}), decimal SI ({@code n u m k M G T P
 * E}) or a decimal exponent ({@code e3}, {@code E-2}). The API server rejects anything else, so
 * {@code 1GB} or {@code 512 Mi} fail to apply.
 */
final class Quantities {
  private static final Pattern QUANTITY =
      Pattern.compile(
          "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");

  private Quantities() {}

  static boolean isValid(String text) {
    return QUANTITY.matcher(text).matches();
  }
}
