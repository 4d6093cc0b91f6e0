package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of choosing a ComponentDefinition and serviceVersion for one component, the way
 * KubeBlocks' cluster normalisation does it.
 *
 * @param status what happened
 * @param pattern the componentDef reference (exact name, prefix or regex)
 * @param requested the serviceVersion asked for ({@code ""} means the latest)
 * @param candidates names of the ComponentDefinitions the pattern selects, sorted
 * @param offered every version the candidates offer, distinct, in semver order
 * @param definition the chosen ComponentDefinition when {@link Status#RESOLVED}
 * @param serviceVersion the chosen version when {@link Status#RESOLVED}
 * @param exactVersionText whether an offered version has exactly the requested text (KubeBlocks
 *     looks the chosen version up by its text, so a loose semver match alone fails there)
 */
public record CompDefResolution(
    Status status,
    String pattern,
    String requested,
    List<String> candidates,
    List<String> offered,
    Optional<SourceDocument> definition,
    String serviceVersion,
    boolean exactVersionText) {

  public enum Status {
    /** A definition and a version were chosen. */
    RESOLVED,
    /** There is no reference to resolve (reported elsewhere, if at all). */
    NO_PATTERN,
    /** The reference matches no ComponentDefinition in the input set. */
    NO_DEFINITION,
    /** A matching definition has schema errors: already reported, not checked further. */
    UNCHECKED,
    /** The requested serviceVersion is not a semantic version. */
    INVALID_VERSION,
    /** No candidate offers the requested version (or, when none was asked for, any version). */
    NO_VERSION
  }

  public CompDefResolution {
    candidates = List.copyOf(candidates);
    offered = List.copyOf(offered);
  }

  static CompDefResolution failed(
      Status status,
      String pattern,
      String requested,
      List<String> candidates,
      List<String> offered) {
    return new CompDefResolution(
        status, pattern, requested, candidates, offered, Optional.empty(), "", false);
  }

  public boolean resolved() {
    return status == Status.RESOLVED;
  }
}
