package dev.kbforge.gotemplate;

/** How one execution runs: the missingkey mode and the bounds. */
public record RenderOptions(MissingKey missingKey, Limits limits) {
  public static final RenderOptions DEFAULT = new RenderOptions(MissingKey.DEFAULT, Limits.DEFAULT);

  public RenderOptions withMissingKey(MissingKey mode) {
    return new RenderOptions(mode, limits);
  }

  public RenderOptions withLimits(Limits newLimits) {
    return new RenderOptions(missingKey, newLimits);
  }
}
