package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Macro;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The tags that repeat, charged to the {@link TemplateBudget}: each {@code for} iteration, and each
 * macro call and {@code include} (as nesting depth). Pebble's own parsers do the parsing; the node
 * they return is rebuilt around a counting body, macro or include, so loops, {@code loop.index} and
 * macros behave exactly as in Pebble.
 */
final class BoundedTags {
  private BoundedTags() {}

  /**
   * {@code parser} with its nodes bounded, or {@code parser} itself for a tag that cannot repeat.
   */
  static TokenParser bounded(TokenParser parser) {
    return switch (parser.getTag()) {
      case "for", "macro", "include" -> new Bounding(parser);
      default -> parser;
    };
  }

  private record Bounding(TokenParser parser) implements TokenParser {
    @Override
    public String getTag() {
      return parser.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser pebble) {
      int line = token.getLineNumber();
      RenderableNode node = parser.parse(token, pebble);
      if (node instanceof ForNode loop) {
        return new ForNode(
            loop.getLineNumber(),
            loop.getIterationVariable(),
            loop.getIterable(),
            new CountedBody(loop.getBody(), loop.getLineNumber()),
            loop.getElseBody());
      }
      if (node instanceof MacroNode macro) {
        return new DepthMacro(macro, line);
      }
      return parser.getTag().equals("include") ? new DepthInclude(node, line) : node;
    }
  }

  /** A loop body that charges one iteration each time it renders. */
  private static final class CountedBody extends BodyNode {
    private final int line;

    CountedBody(BodyNode body, int line) {
      super(body.getLineNumber(), body.getChildren());
      setOnlyRenderInheritanceSafeNodes(body.isOnlyRenderInheritanceSafeNodes());
      this.line = line;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context)
        throws IOException {
      TemplateBudget.current().iteration(self.getName(), line);
      super.render(self, writer, context);
    }
  }

  /** A macro whose calls count as nesting depth. */
  private static final class DepthMacro extends MacroNode {
    private final int line;

    DepthMacro(MacroNode macro, int line) {
      super(macro.getName(), macro.getArgs(), macro.getBody());
      this.line = line;
    }

    @Override
    public Macro getMacro() {
      Macro macro = super.getMacro();
      return new Macro() {
        @Override
        public List<String> getArgumentNames() {
          return macro.getArgumentNames();
        }

        @Override
        public String getName() {
          return macro.getName();
        }

        @Override
        public String call(
            PebbleTemplateImpl self, EvaluationContextImpl context, Map<String, Object> args) {
          TemplateBudget budget = TemplateBudget.current();
          budget.enter(self.getName(), line);
          try {
            return macro.call(self, context, args);
          } finally {
            budget.leave();
          }
        }
      };
    }
  }

  /** An include that counts as nesting depth while the included template renders. */
  private static final class DepthInclude extends AbstractRenderableNode {
    private final RenderableNode include;

    DepthInclude(RenderableNode include, int line) {
      super(line);
      this.include = include;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context)
        throws IOException {
      TemplateBudget budget = TemplateBudget.current();
      budget.enter(self.getName(), getLineNumber());
      try {
        include.render(self, writer, context);
      } finally {
        budget.leave();
      }
    }

    @Override
    public void accept(NodeVisitor visitor) {
      include.accept(visitor);
    }
  }
}
