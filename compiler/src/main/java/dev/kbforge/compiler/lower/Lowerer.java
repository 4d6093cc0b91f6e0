package dev.kbforge.compiler.lower;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one component into Kubernetes objects of one kind (a {@code *Lowerer} per kind). Pure: no
 * I/O, no clock, no randomness; the objects are complete manifests (apiVersion, kind, metadata).
 */
public interface Lowerer {
  List<ObjectNode> lower(LoweringContext context);
}
