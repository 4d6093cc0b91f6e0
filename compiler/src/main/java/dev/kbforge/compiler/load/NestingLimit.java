package dev.kbforge.compiler.load;

import static dev.kbforge.compiler.load.YamlLoader.position;

import dev.kbforge.compiler.source.Position;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Bounds how deep collections nest before snakeyaml's composer sees them. The composer builds the
 * node graph recursively, one Java frame or more per level, so some thousands of {@code [} or
 * {@code - - -} ended in a StackOverflowError; the parser below is a state machine and is not
 * bounded by the stack. Sits between the parser and the composer, counts collection starts and
 * ends, and stops at the event that passes {@link #MAX_DEPTH}, before the composer recurses into
 * it.
 */
final class NestingLimit implements Parser {
  /**
   * Deepest nesting allowed: 500 levels. Real definitions nest under 30 (a pod template inside a
   * ComponentDefinition); the composer and {@link NodeConverter} stay far from the stack's end.
   */
  static final int MAX_DEPTH = 500;

  /** Thrown at the collection that passes the limit; the file's remaining text is not parsed. */
  static final class TooDeep extends RuntimeException {
    final Position position;

    TooDeep(Position position) {
      super(null, null, false, false);
      this.position = position;
    }
  }

  private final Parser parser;
  private int depth;

  NestingLimit(Parser parser) {
    this.parser = parser;
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
    if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
      throw new TooDeep(position(event.getStartMark()));
    }
    if (event instanceof CollectionEndEvent) {
      depth--;
    }
    return event;
  }
}
