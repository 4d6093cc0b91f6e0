package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.api.ClusterEditor;
import dev.kbforge.compiler.api.EditRequest;
import dev.kbforge.compiler.api.EditResult;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.OpsApplyRequest;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden day-2 edits: {@code cases/edit/<case>/input/} holds a commented {@code cluster.yaml}, the
 * command in {@code edit.txt} ({@code kb cluster}'s subcommand and flags, or {@code ops FILE} for
 * {@code kb ops apply}) and any OpsRequest file; {@code expected/} holds the file after the edit
 * ({@code cluster.yaml}), the unified diff ({@code diff.txt}) and the findings ({@code
 * diagnostics.txt}, {@code severity CODE file:line:col}). Every case also shows: every comment line
 * survives; an edit with errors leaves the file byte for byte as it was; an edited file validates
 * on its own with the addon. The edits run against {@code addons/redis}.
 */
class EditGoldenTest {
  private static final String SUITE = "edit";
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyEditGivesItsExpectedFile() {
    return GoldenCases.of(SUITE).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void thereAreNoOrphanFolders() {
    for (Path dir : GoldenCases.of(SUITE)) {
      assertTrue(Files.isRegularFile(dir.resolve("input/edit.txt")), dir + " has no edit.txt");
      assertTrue(
          Files.isRegularFile(dir.resolve("expected/cluster.yaml")) || GoldenCases.update(),
          dir + " has no expected/cluster.yaml");
    }
  }

  private void check(Path dir) throws IOException {
    Path work = temp.resolve(dir.getFileName().toString());
    Files.createDirectories(work);
    for (String name : List.of("cluster.yaml", "ops.yaml")) {
      if (Files.exists(dir.resolve("input").resolve(name))) {
        Files.copy(dir.resolve("input").resolve(name), work.resolve(name));
      }
    }
    Path file = work.resolve("cluster.yaml");
    String before = Files.readString(file);
    EditResult result = run(Files.readString(dir.resolve("input/edit.txt")).trim(), work);
    String after = Files.readString(file);
    String diagnostics =
        result.diagnostics().stream()
            .map(
                d ->
                    d.severity().label()
                        + " "
                        + d.code()
                        + " "
                        + relative(d.file(), work)
                        + ":"
                        + d.line()
                        + ":"
                        + d.column()
                        + "\n")
            .collect(Collectors.joining());
    Map<String, String> actual =
        Map.of(
            "cluster.yaml", after,
            "diff.txt", result.diff().replace(work.toString().replace('\\', '/') + "/", ""),
            "diagnostics.txt", diagnostics);
    if (result.hasErrors()) {
      assertEquals(before, after, "an edit with errors must not write");
      assertFalse(result.written());
    } else {
      assertTrue(result.written(), "a clean edit writes the file");
      assertTrue(validates(file), "the edited file validates with the addon");
    }
    assertTrue(comments(after).containsAll(comments(before)), "every comment survives");
    for (Map.Entry<String, String> e : actual.entrySet()) {
      Path expected = dir.resolve("expected").resolve(e.getKey());
      if (GoldenCases.update()) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, e.getValue());
      } else {
        assertEquals(
            Files.readString(expected), e.getValue(), dir.getFileName() + " " + e.getKey());
      }
    }
  }

  private static EditResult run(String command, Path work) {
    List<String> words = List.of(command.split("\\s+"));
    Map<String, String> flags = new HashMap<>();
    int first = words.get(0).equals("ops") ? 2 : 1; // ops FILE [--flag value]...
    for (int i = first; i + 1 < words.size(); i += 2) {
      flags.put(words.get(i), words.get(i + 1));
    }
    List<Path> addons = Repository.definitions(Repository.root().resolve("addons/redis"));
    Path file = work.resolve("cluster.yaml");
    ClusterEditor editor = ClusterEditor.create();
    String op = words.get(0);
    if (op.equals("ops")) {
      return editor.applyOps(
          new OpsApplyRequest(
              work.resolve(words.get(1)), file, addons, flags.getOrDefault("--time", ""), false));
    }
    String c = flags.getOrDefault("--component", "");
    ClusterEdit edit =
        switch (op) {
          case "hscale" ->
              new ClusterEdit.HorizontalScale(c, Integer.parseInt(flags.get("--replicas")));
          case "vscale" ->
              new ClusterEdit.VerticalScale(
                  c, flags.getOrDefault("--cpu", ""), flags.getOrDefault("--memory", ""));
          case "volume-expand" ->
              new ClusterEdit.VolumeExpand(c, flags.get("--volume"), flags.get("--size"));
          case "stop" -> new ClusterEdit.Stop(c);
          case "start" -> new ClusterEdit.Start(c);
          case "restart" -> new ClusterEdit.Restart(c, flags.get("--time"));
          case "upgrade" -> new ClusterEdit.Upgrade(c, flags.get("--service-version"));
          default -> throw new IllegalArgumentException("unknown edit " + op);
        };
    return editor.edit(
        new EditRequest(file, flags.getOrDefault("--cluster", ""), addons, List.of(edit), false));
  }

  private static boolean validates(Path file) {
    List<Path> paths =
        new ArrayList<>(Repository.definitions(Repository.root().resolve("addons/redis")));
    paths.add(file);
    ValidateResult result = Kbforge.create().validate(new ValidateRequest(paths, false));
    return !result.hasErrors();
  }

  private static List<String> comments(String text) {
    List<String> comments = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      int hash = line.indexOf('#');
      if (hash >= 0) {
        comments.add(line.substring(hash).strip());
      }
    }
    return comments;
  }

  private static String relative(String file, Path work) {
    String prefix = work.toString().replace('\\', '/') + "/";
    return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
  }
}
