package dev.kbforge.compiler.lower;

/** external-secrets.io API names, and the only password text kbforge ever writes: a template. */
final class ExternalSecrets {
  static final String API_VERSION = "external-secrets.io/v1";
  static final String EXTERNAL_SECRET_KIND = "ExternalSecret";
  static final String GENERATOR_API_VERSION = "generators.external-secrets.io/v1alpha1";
  static final String PASSWORD_KIND = "Password";
  static final String USERNAME_KEY = "username";
  static final String PASSWORD_KEY = "password";

  /** The generated password, as ExternalSecret template text (engine v2). */
  static final String PASSWORD = "{{ .password }}";

  /**
   * The generator cannot make upper-case-only passwords; KubeBlocks upper-cases a mixed one, and so
   * does the template (sprig's {@code upper}).
   */
  static final String UPPER_CASE_PASSWORD = "{{ .password | upper }}";

  private ExternalSecrets() {}

  static String passwordTemplate(String letterCase) {
    return PasswordPolicy.UPPER_CASES.equals(letterCase) ? UPPER_CASE_PASSWORD : PASSWORD;
  }
}
