package dev.kbforge.compiler.validate.kube;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.model.Kind;

/**
 * One spot of a source kind that holds a Kubernetes object: where ({@code pattern}), which type
 * ({@code model}, a fabric8 class) and which code an unknown field there gets (KB2012, or the
 * KB2010 warning inside a pod runtime that KubeBlocks stores with unknown fields preserved).
 */
public record EmbeddedKubeType(
    Kind kind, PointerPattern pattern, Class<?> model, Code unknownField) {}
