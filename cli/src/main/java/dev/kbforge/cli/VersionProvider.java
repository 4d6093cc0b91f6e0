package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import picocli.CommandLine;

/** {@code kb --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"kb " + Kbforge.create().version()};
  }

  /** True for {@code kb --version} or {@code kb -V} and nothing else, answered without picocli. */
  static boolean isOnlyVersionRequest(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }
}
