package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.compile.Compilation;
import dev.kbforge.compiler.emit.OutputTree;

/**
 * The result of phases 1 to 4 of the {@link Pipeline}.
 *
 * @param files input files read
 * @param documents documents loaded
 * @param clusters Clusters compiled without error
 * @param objects objects in the tree
 * @param tree the GitOps tree (empty when its files went to a staging folder instead)
 * @param compilation the compiled objects the tree was laid out from
 * @param outputFiles files made
 * @param outputBytes bytes in those files
 */
public record Compiled(
    int files,
    int documents,
    int clusters,
    int objects,
    OutputTree tree,
    Compilation compilation,
    long outputFiles,
    long outputBytes) {}
