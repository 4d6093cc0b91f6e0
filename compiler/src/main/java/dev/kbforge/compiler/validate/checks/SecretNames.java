package dev.kbforge.compiler.validate.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an env var's name says it holds a secret: one of its words ({@code ROOT_PASSWORD}, {@code
 * apiToken}, {@code secret-key}) is password, secret, token or key, and none says the value only
 * names or locates one ({@code KEY_FILE}, {@code TOKEN_PATH}, {@code SECRET_NAME}).
 */
final class SecretNames {
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "passwd", "passphrase", "secret", "token", "key", "apikey");

  /** Words that make the value a reference to a secret, or a setting about one. */
  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "file",
          "path",
          "dir",
          "name",
          "ref",
          "user",
          "username",
          "id",
          "size",
          "length",
          "len",
          "ttl",
          "type",
          "mode",
          "enabled",
          "enable",
          "algorithm",
          "count",
          "format",
          "prefix",
          "header",
          "url",
          "uri",
          "env");

  private SecretNames() {}

  static boolean looksSecret(String envName) {
    List<String> words = words(envName);
    return words.stream().anyMatch(SECRET_WORDS::contains)
        && words.stream().noneMatch(REFERENCE_WORDS::contains);
  }

  /** {@code MYSQL_ROOT_PASSWORD}, {@code rootPassword}, {@code root-password}: lower-case words. */
  static List<String> words(String name) {
    String split = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return Arrays.stream(split.split("[_\\-.\\s]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.toLowerCase(Locale.ROOT))
        .toList();
  }
}
