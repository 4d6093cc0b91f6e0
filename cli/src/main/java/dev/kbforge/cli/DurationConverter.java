package dev.kbforge.cli;

import dev.kbforge.reconciler.cluster.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** {@code 30s}, {@code 5m}, {@code 1h30m}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
