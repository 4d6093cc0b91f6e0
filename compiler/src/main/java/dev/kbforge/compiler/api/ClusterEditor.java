package dev.kbforge.compiler.api;

import java.util.ServiceLoader;

/**
 * Day-2 operations as edits of a Cluster file in git: the file is changed at the positions the
 * loader recorded (comments, key order, quoting and every untouched byte stay), validated with the
 * addon definitions, and replaced atomically only when it validates.
 */
public interface ClusterEditor {

  /**
   * Applies {@code request.edits()} to one Cluster of the file.
   *
   * @throws InputException when the file or an addon path cannot be read
   * @throws OutputException when the file cannot be replaced
   */
  EditResult edit(EditRequest request);

  /** Reads OpsRequest documents and applies them as {@link #edit} does. */
  EditResult applyOps(OpsApplyRequest request);

  /** A new commented Cluster document for an addon. */
  CreateClusterResult newCluster(CreateClusterRequest request);

  /** The implementation on the classpath (found with {@link ServiceLoader}). */
  static ClusterEditor create() {
    return ServiceLoader.load(ClusterEditor.class, ClusterEditor.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("kbforge compiler not on the classpath"));
  }
}
