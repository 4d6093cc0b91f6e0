package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What to validate: files and directories taken together as one input set.
 *
 * @param paths files or directories (searched recursively for {@code *.yaml} and {@code *.yml})
 * @param strict turn warnings into errors
 */
public record ValidateRequest(List<Path> paths, boolean strict) {
  public ValidateRequest {
    paths = List.copyOf(paths);
  }
}
