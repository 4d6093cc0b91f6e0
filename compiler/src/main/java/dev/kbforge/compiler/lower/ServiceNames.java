package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/** The length limit of generated Service names (the names themselves come from {@link Names}). */
final class ServiceNames {
  /** Service names are DNS-1035 labels. */
  static final int MAX_SERVICE_NAME = 63;

  private ServiceNames() {}

  /**
   * Reports {@link Code#KB5350} at {@code pointer} when {@code name} is too long for a Service;
   * returns whether it fits.
   */
  static boolean checkServiceName(
      String name, Reporter reporter, SourceDocument doc, String pointer) {
    if (name.length() <= MAX_SERVICE_NAME) {
      return true;
    }
    reporter.value(
        Code.KB5350,
        doc,
        pointer,
        "Service name '" + name + "' has " + name.length() + " characters, more than 63",
        "shorten the cluster, component or service name");
    return false;
  }
}
