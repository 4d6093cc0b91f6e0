package dev.kbforge.compiler.load;

import static dev.kbforge.compiler.load.YamlLoader.position;

import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceFile;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Reports documents that carry a {@code %YAML} or {@code %TAG} directive. kubectl cuts a file into
 * documents at {@code ---} lines before parsing (k8s.io/apimachinery, util/yaml YAMLReader), so the
 * directive becomes a document of its own, which go-yaml refuses: the file cannot be applied. Sits
 * between snakeyaml's parser and composer and passes every event through.
 */
final class DirectiveCheck implements Parser {
  private final Parser parser;
  private final SourceFile file;
  private final Reporter reporter;

  DirectiveCheck(Parser parser, SourceFile file, Reporter reporter) {
    this.parser = parser;
    this.file = file;
    this.reporter = reporter;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return parser.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    if (event instanceof DocumentStartEvent start
        && (start.getSpecVersion().isPresent() || !start.getTags().isEmpty())) {
      reporter.at(
          Code.KB1023,
          Severity.ERROR,
          file,
          position(start.getStartMark()),
          "a %YAML or %TAG directive: kubectl splits files at '---' lines and cannot read it",
          "remove the directive");
    }
    return event;
  }
}
