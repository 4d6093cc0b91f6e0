package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;

/** The {@link Kbforge} front ends get from {@link Kbforge#create()}. */
public final class DefaultKbforge implements Kbforge {
  private final Pipeline pipeline = new Pipeline();

  @Override
  public ValidateResult validate(ValidateRequest request) {
    return pipeline.validate(request);
  }

  @Override
  public String version() {
    Package pkg = DefaultKbforge.class.getPackage();
    String version = pkg == null ? null : pkg.getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
