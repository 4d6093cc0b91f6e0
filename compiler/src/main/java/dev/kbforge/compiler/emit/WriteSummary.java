package dev.kbforge.compiler.emit;

/** What a {@link TreeWriter#write} changed, counted in files. */
public record WriteSummary(int added, int changed, int unchanged, int removed) {
  /** True when the new tree equals the old one byte for byte. */
  public boolean isUnchanged() {
    return added == 0 && changed == 0 && removed == 0;
  }
}
