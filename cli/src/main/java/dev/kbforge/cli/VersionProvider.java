package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import picocli.CommandLine;

/** {@code kb --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"kb " + Kbforge.create().version()};
  }
}
