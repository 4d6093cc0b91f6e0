package dev.kbforge.reconciler.secrets;

import dev.kbforge.compiler.api.InputException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How to make one account's password, after KubeBlocks' passwordConfig: {@code length} characters
 * of which {@code numDigits} digits and {@code numSymbols} symbols from {@code symbolCharacters},
 * the rest letters in {@code letterCase} (LowerCases, UpperCases or MixedCases). Defaults are
 * KubeBlocks': 16, 4, 0, {@code !@#&*}, MixedCases.
 *
 * @param username the account name stored under the Secret's {@code username} key
 */
public record PasswordConfig(
    String username,
    int length,
    int numDigits,
    int numSymbols,
    String symbolCharacters,
    String letterCase) {
  public static final int DEFAULT_LENGTH = 16;
  public static final int DEFAULT_DIGITS = 4;
  public static final int DEFAULT_SYMBOLS = 0;
  public static final String DEFAULT_SYMBOL_CHARACTERS = "!@#&*";
  public static final String MIXED_CASES = "MixedCases";
  public static final String LOWER_CASES = "LowerCases";
  public static final String UPPER_CASES = "UpperCases";

  public PasswordConfig {
    if (length < 1 || numDigits < 0 || numSymbols < 0 || numDigits + numSymbols > length) {
      throw new InputException(
          "password of "
              + length
              + " characters cannot hold "
              + numDigits
              + " digits and "
              + numSymbols
              + " symbols");
    }
    if (numSymbols > 0 && symbolCharacters.isEmpty()) {
      throw new InputException("password asks for symbols but symbolCharacters is empty");
    }
  }

  /** KubeBlocks' defaults for {@code username}. */
  public static PasswordConfig defaults(String username) {
    return new PasswordConfig(
        username,
        DEFAULT_LENGTH,
        DEFAULT_DIGITS,
        DEFAULT_SYMBOLS,
        DEFAULT_SYMBOL_CHARACTERS,
        MIXED_CASES);
  }

  /**
   * The configs of the {@link dev.kbforge.reconciler.model.Keys#PASSWORD_CONFIG} annotation, by
   * account Secret name; a missing field keeps {@code fallback}'s value (username included).
   *
   * @param json the annotation's value
   * @param where what carries the annotation, for messages
   */
  public static Map<String, JsonNode> parseAnnotation(String json, String where) {
    Map<String, JsonNode> bySecret = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return bySecret;
    }
    try {
      JsonNode root = Serialization.jsonMapper().readTree(json);
      if (!root.isObject()) {
        throw new InputException(where + ": password-config must be a JSON object");
      }
      root.properties().forEach(e -> bySecret.put(e.getKey(), e.getValue()));
      return bySecret;
    } catch (JacksonException e) {
      throw new InputException(where + ": password-config is not JSON: " + e.getOriginalMessage());
    }
  }

  /** {@code fallback} with the fields that {@code node} sets. */
  public static PasswordConfig of(JsonNode node, PasswordConfig fallback) {
    return new PasswordConfig(
        text(node, "username", fallback.username),
        number(node, "length", fallback.length),
        number(node, "numDigits", fallback.numDigits),
        number(node, "numSymbols", fallback.numSymbols),
        text(node, "symbolCharacters", fallback.symbolCharacters),
        text(node, "letterCase", fallback.letterCase));
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.path(field);
    return value.isString() && !value.asString().isEmpty() ? value.asString() : fallback;
  }

  private static int number(JsonNode node, String field, int fallback) {
    JsonNode value = node.path(field);
    return value.isIntegralNumber() ? value.asInt() : fallback;
  }
}
