package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Kbforge#crds(Path)} wrote: the folder, its files (the CRDs and kustomization.yaml,
 * sorted by name) and how many files were added, changed, left unchanged or removed compared with
 * the previous contents of the folder.
 */
public record CrdResult(
    Path out, List<String> files, int added, int changed, int unchanged, int removed) {
  public CrdResult {
    files = List.copyOf(files);
  }

  /** True when the folder already held exactly these files. */
  public boolean isUnchanged() {
    return added == 0 && changed == 0 && removed == 0;
  }
}
