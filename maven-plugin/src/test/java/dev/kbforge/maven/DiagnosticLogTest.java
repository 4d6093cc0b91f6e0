package dev.kbforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {
  /** Records what reaches Maven's log, level by level. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }
  }

  private static Diagnostic diagnostic(Severity severity, String hint) {
    return new Diagnostic(
        severity, "KB3112", "/a/cmpd.yaml", 19, 21, "role 'leader' is not defined", hint, "");
  }

  @Test
  void anErrorIsOneGccStyleLineAtErrorLevelThenItsHint() {
    RecordingLog log = new RecordingLog();
    DiagnosticLog.write(log, List.of(diagnostic(Severity.ERROR, "defined roles are primary")));
    assertEquals(
        List.of(
            "[ERROR] /a/cmpd.yaml:19:21: error[KB3112]: role 'leader' is not defined",
            "[ERROR]   hint: defined roles are primary"),
        log.lines);
  }

  @Test
  void aWarningGoesToTheWarningLevelAndHasNoHintLineWithoutAHint() {
    RecordingLog log = new RecordingLog();
    DiagnosticLog.write(log, List.of(diagnostic(Severity.WARNING, "")));
    assertEquals(
        List.of("[WARNING] /a/cmpd.yaml:19:21: warning[KB3112]: role 'leader' is not defined"),
        log.lines);
  }

  @Test
  void countsAreSingularOrPlural() {
    assertEquals("1 error", DiagnosticLog.count(1, "error"));
    assertEquals("0 warnings", DiagnosticLog.count(0, "warning"));
    assertEquals("2 errors", DiagnosticLog.count(2, "error"));
  }
}
