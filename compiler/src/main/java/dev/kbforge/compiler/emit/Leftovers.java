package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Repairs what a render that crashed half-way left next to the output folder. {@link TreeWriter}
 * only ever leaves one of these states behind:
 *
 * <ul>
 *   <li>a partial new tree ({@code fresh}) next to the intact old one: the new one is deleted;
 *   <li>the old tree moved to {@code backup}, the new one not yet in place (the crash fell between
 *       the two renames): the old tree is moved back, as if the render had not started;
 *   <li>the new tree in place and the backup not yet deleted: the backup is deleted.
 * </ul>
 *
 * A leftover is touched only when it is empty or carries the kbforge marker (the marker file is the
 * first one written), so a folder that merely has a similar name is never deleted.
 */
final class Leftovers {
  private Leftovers() {}

  static void repair(Path out, Path fresh, Path backup) throws IOException {
    if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
      requireOurs(backup);
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Dirs.deleteTree(backup);
      } else {
        Files.move(backup, out, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
      requireOurs(fresh);
      Dirs.deleteTree(fresh);
    }
  }

  private static void requireOurs(Path leftover) throws IOException {
    boolean ours =
        Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)
            && (Dirs.isEmpty(leftover) || TreeMarker.isMarked(leftover));
    if (!ours) {
      throw new OutputException(
          leftover + " is in the way of the render and was not written by kbforge; remove it");
    }
  }
}
