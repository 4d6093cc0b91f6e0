package dev.kbforge.compiler.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u} with three lines of context) of two texts, for {@code --dry-run}
 * and review. Lines are compared by a longest common subsequence: Cluster files are small.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  private record Line(char op, String text, int oldLine, int newLine) {}

  static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Line> script = script(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).op() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < script.size()) {
        if (script.get(end).op() != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(script.size(), lastChange + CONTEXT + 1);
      hunk(out, script.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Line> lines) {
    int oldStart = 0;
    int newStart = 0;
    int oldCount = 0;
    int newCount = 0;
    for (Line l : lines) {
      if (l.op() != '+') {
        oldStart = oldStart == 0 ? l.oldLine() : oldStart;
        oldCount++;
      }
      if (l.op() != '-') {
        newStart = newStart == 0 ? l.newLine() : newStart;
        newCount++;
      }
    }
    out.append("@@ -").append(range(oldStart, oldCount, lines.get(0).oldLine()));
    out.append(" +").append(range(newStart, newCount, lines.get(0).newLine())).append(" @@\n");
    for (Line l : lines) {
      out.append(l.op()).append(l.text()).append('\n');
    }
  }

  private static String range(int start, int count, int before) {
    return (count == 0 ? before - 1 : start) + "," + count;
  }

  private static List<Line> script(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        script.add(new Line(' ', a.get(i), ++i, ++j));
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        script.add(new Line('-', a.get(i), ++i, j + 1));
      } else {
        script.add(new Line('+', b.get(j), i + 1, ++j));
      }
    }
    return script;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
