package dev.kbforge.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists exactly the codes of {@link Code}, with their default severity. */
class DiagnosticsDocTest {
  /** {@code ## KB30xx ClusterDefinition} opens the section of the codes starting with KB30. */
  private static final Pattern SECTION = Pattern.compile("^## (KB\\d+)x+\\b.*");

  private static final Pattern ROW = Pattern.compile("^\\|\\s*(KB\\d+)\\s*\\|(.*)");

  /** A table row of the page. */
  record Row(String code, String severity, String section, int line) {}

  private static List<Row> rows;

  @BeforeAll
  static void read() throws IOException {
    Path doc = ProjectRoot.find().resolve("docs/diagnostics.md");
    assertTrue(Files.isRegularFile(doc), "missing " + doc);
    rows = parse(Files.readAllLines(doc));
  }

  static List<Row> parse(List<String> lines) {
    List<Row> found = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher heading = SECTION.matcher(line);
      if (heading.matches()) {
        section = heading.group(1);
      } else if (line.startsWith("## ")) {
        section = "";
      }
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        String severity = row.group(2).split("\\|", -1)[0].strip();
        found.add(new Row(row.group(1), severity, section, i + 1));
      }
    }
    return found;
  }

  @Test
  void everyCodeIsListedOnce() {
    Map<String, Integer> listed = new TreeMap<>();
    rows.forEach(r -> listed.merge(r.code(), 1, Integer::sum));
    List<String> problems = new ArrayList<>();
    for (Code code : Code.values()) {
      int times = listed.getOrDefault(code.name(), 0);
      if (times != 1) {
        problems.add(code.name() + " is listed " + times + " times");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyListedCodeExists() {
    List<String> unknown = new ArrayList<>();
    for (Row row : rows) {
      try {
        Code.valueOf(row.code());
      } catch (IllegalArgumentException e) {
        unknown.add(row.code() + " (line " + row.line() + ")");
      }
    }
    assertEquals(List.of(), unknown, "listed in docs/diagnostics.md but not in Code.java");
  }

  @Test
  void severitiesMatch() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      for (Code code : Code.values()) {
        if (code.name().equals(row.code()) && !code.severity().label().equals(row.severity())) {
          wrong.add(row.code() + ": doc says " + row.severity() + ", code says " + code.severity());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyRowSitsInTheSectionOfItsRange() {
    List<String> misplaced = new ArrayList<>();
    for (Row row : rows) {
      if (row.section().isEmpty() || !row.code().startsWith(row.section())) {
        misplaced.add(row.code() + " (line " + row.line() + ") in section " + row.section());
      }
    }
    assertEquals(List.of(), misplaced);
  }

  @Test
  void parserReadsCodesSeveritiesAndSections() {
    List<Row> parsed =
        parse(
            List.of(
                "## KB30xx ClusterDefinition",
                "| code | severity | summary |",
                "|---|---|---|",
                "| KB3001 | error | a |",
                "## Other",
                "|  KB9 |warning| b |"));
    assertEquals(
        List.of(new Row("KB3001", "error", "KB30", 4), new Row("KB9", "warning", "", 6)), parsed);
  }
}
