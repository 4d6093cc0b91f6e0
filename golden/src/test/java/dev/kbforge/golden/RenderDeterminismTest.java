package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Same input, same bytes (DESIGN section 9): every addon with all its examples renders to an
 * identical tree twice in a row, with its files renamed and listed in another order, and with CRLF
 * line endings.
 */
class RenderDeterminismTest {
  @TempDir Path dir;

  private final Kbforge kbforge = Kbforge.create();

  private Map<String, String> render(List<Path> paths, Target target, String name) {
    Path out = dir.resolve("out-" + name);
    RenderOptions options =
        new RenderOptions(target, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
    RenderResult result = kbforge.render(new RenderRequest(paths, out, options, false));
    assertTrue(result.written(), name + ": " + result.diagnostics());
    Map<String, String> files = Repository.files(out);
    assertFalse(files.isEmpty());
    return files;
  }

  /** Each addon as it is in the repository: addon.yaml, definitions, examples. */
  private static List<Path> inputs(Path addon) {
    List<Path> paths = new ArrayList<>(Repository.definitions(addon));
    paths.add(addon.resolve("examples"));
    return paths;
  }

  @ParameterizedTest
  @EnumSource(names = {"INSTANCESET", "STATEFULSET"})
  void renderingTwiceGivesTheSameBytes(Target target) {
    for (Path addon : Repository.addons()) {
      String name = addon.getFileName().toString();
      assertEquals(
          render(inputs(addon), target, name + "-1"),
          render(inputs(addon), target, name + "-2"),
          name);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"INSTANCESET", "STATEFULSET"})
  void renamedAndReorderedInputsGiveTheSameBytes(Target target) {
    for (Path addon : Repository.addons()) {
      String name = addon.getFileName().toString();
      Path copy = dir.resolve("renamed").resolve(name);
      Repository.copy(addon, copy);
      renameYamlFiles(copy.resolve("definitions"));
      renameYamlFiles(copy.resolve("examples"));
      List<Path> reversed = new ArrayList<>(inputs(copy));
      java.util.Collections.reverse(reversed);
      assertEquals(
          render(inputs(addon), target, name + "-original"),
          render(reversed, target, name + "-renamed"),
          name);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"INSTANCESET", "STATEFULSET"})
  void crlfInputGivesTheSameBytesAsLf(Target target) {
    for (Path addon : Repository.addons()) {
      String name = addon.getFileName().toString();
      Path copy = dir.resolve("crlf").resolve(name);
      Repository.copy(addon, copy);
      int converted = toCrlf(copy);
      assertTrue(converted > 0);
      assertEquals(
          render(inputs(addon), target, name + "-lf"),
          render(inputs(copy), target, name + "-crlf"),
          name);
    }
  }

  /** Gives every YAML file of a folder a new name that sorts in the opposite order. */
  private static void renameYamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> list = Files.list(folder)) {
      List<Path> files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      for (int i = 0; i < files.size(); i++) {
        String renamed = (char) ('z' - i) + "-renamed-" + i + ".yaml";
        Files.move(files.get(i), folder.resolve(renamed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites every text file below {@code dir} with CRLF line endings; returns how many. */
  private static int toCrlf(Path dir) {
    int count = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        if (text.contains("\n") && !text.contains("\r")) {
          Files.writeString(file, text.replace("\n", "\r\n"));
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }
}
