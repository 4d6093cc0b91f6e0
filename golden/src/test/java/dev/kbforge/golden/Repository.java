package dev.kbforge.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository around the golden module: its addons, and folders as comparable maps. */
final class Repository {
  private Repository() {}

  /** The repository root: {@code kbforge.root} (set by surefire), else the module's parent. */
  static Path root() {
    String property = System.getProperty("kbforge.root", "");
    Path root =
        property.isBlank() ? Path.of("..").toAbsolutePath() : Path.of(property).toAbsolutePath();
    return root.normalize();
  }

  /** Every {@code addons/<addon>/} folder, sorted. */
  static List<Path> addons() {
    return folders(root().resolve("addons"));
  }

  /** An addon's inputs: its addon.yaml (when there is one) and its definitions folder. */
  static List<Path> definitions(Path addon) {
    List<Path> paths = new ArrayList<>();
    if (Files.isRegularFile(addon.resolve("addon.yaml"))) {
      paths.add(addon.resolve("addon.yaml"));
    }
    paths.add(addon.resolve("definitions"));
    return paths;
  }

  /** The example Clusters of an addon ({@code examples/*.yaml}), sorted. */
  static List<Path> examples(Path addon) {
    Path dir = addon.resolve("examples");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir}: relative path ('/' separators) to its text. */
  static Map<String, String> files(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Deletes a folder and everything in it, when it exists. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code from} (a folder) to {@code to}, creating folders as needed. */
  static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path dest = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(path, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
