package dev.kbforge.compiler.load;

import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import tools.jackson.databind.JsonNode;

/**
 * The JSON name of a mapping key, as Kubernetes reads it. go-yaml v2 types keys like values (YAML
 * 1.1), and sigs.k8s.io/yaml then writes them back as strings (yaml.go, convertToJSONableObject):
 * so the key {@code yes} is {@code "true"}, {@code 0x1F} is {@code "31"}, {@code 1e3} is {@code
 * "1000"}, and a null key ({@code ~}, or an empty key) cannot be read at all.
 */
final class YamlKeys {
  private YamlKeys() {}

  /** The key's JSON name, or null for a null key. */
  static String name(ScalarNode key) {
    JsonNode value = NodeConverter.scalar(key);
    if (value.isNull()) {
      return null;
    }
    if (value.isBoolean() || value.isIntegralNumber()) {
      return value.asString();
    }
    if (value.isNumber()) {
      return goFloat32(value.doubleValue());
    }
    return value.asString();
  }

  /**
   * Go's {@code strconv.FormatFloat(f, 'g', -1, 32)}, which sigs.k8s.io/yaml uses for float keys:
   * the shortest float32 digits, in exponent form when the exponent is below -4 or at least 6.
   */
  static String goFloat32(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    float f = (float) d;
    if (f == 0) {
      return Float.floatToRawIntBits(f) < 0 ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(Float.toString(f)).stripTrailingZeros();
    String digits = exact.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - exact.scale();
    String sign = exact.signum() < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 6) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int abs = Math.abs(exponent);
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }
    return exact.toPlainString();
  }
}
