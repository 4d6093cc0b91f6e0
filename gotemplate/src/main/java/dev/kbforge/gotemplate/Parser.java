package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Node.ActionNode;
import dev.kbforge.gotemplate.Node.BoolNode;
import dev.kbforge.gotemplate.Node.BranchNode;
import dev.kbforge.gotemplate.Node.BreakNode;
import dev.kbforge.gotemplate.Node.ChainNode;
import dev.kbforge.gotemplate.Node.CommandNode;
import dev.kbforge.gotemplate.Node.ContinueNode;
import dev.kbforge.gotemplate.Node.DotNode;
import dev.kbforge.gotemplate.Node.ElseNode;
import dev.kbforge.gotemplate.Node.EndNode;
import dev.kbforge.gotemplate.Node.FieldNode;
import dev.kbforge.gotemplate.Node.IdentifierNode;
import dev.kbforge.gotemplate.Node.ListNode;
import dev.kbforge.gotemplate.Node.NilNode;
import dev.kbforge.gotemplate.Node.PipeNode;
import dev.kbforge.gotemplate.Node.StringNode;
import dev.kbforge.gotemplate.Node.TemplateNode;
import dev.kbforge.gotemplate.Node.TextNode;
import dev.kbforge.gotemplate.Node.VariableNode;
import dev.kbforge.gotemplate.Token.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds the parse trees of one template text, after Go's text/template/parse/parse.go: the main
 * tree plus one per {{define}} and {{block}}. Function names are checked here, as Go does.
 */
final class Parser {
  /** Thrown inside the parser; converted to a {@link TemplateException} at the boundary. */
  private static final class Failure extends RuntimeException {
    final TemplateException.Kind kind;
    final int pos;

    Failure(TemplateException.Kind kind, int pos, String message) {
      super(message, null, false, false);
      this.kind = kind;
      this.pos = pos;
    }
  }

  private final String name;
  private final String text;
  private final List<Token> tokens;
  private final Predicate<String> hasFunction;
  private final Predicate<String> isRefused;
  private final Map<String, ListNode> trees = new LinkedHashMap<>();
  private int next;
  private List<String> vars = new ArrayList<>(List.of("$"));
  private int rangeDepth;

  private Parser(
      String name, String text, Predicate<String> hasFunction, Predicate<String> isRefused) {
    this.name = name;
    this.text = text;
    this.tokens = Lexer.lex(text);
    this.hasFunction = hasFunction;
    this.isRefused = isRefused;
  }

  /** The trees by template name; the main one under {@code name}. */
  static Map<String, ListNode> parse(
      String name, String text, Predicate<String> hasFunction, Predicate<String> isRefused)
      throws TemplateException {
    Parser p = new Parser(name, text, hasFunction, isRefused);
    try {
      p.parseMain();
    } catch (Failure f) {
      int[] lc = Positions.lineColumn(text, f.pos);
      throw new TemplateException(f.kind, name, lc[0], lc[1], f.getMessage());
    }
    return p.trees;
  }

  private void parseMain() {
    List<Node> nodes = new ArrayList<>();
    while (peek().type() != Type.EOF) {
      if (peek().type() == Type.LEFT_DELIM) {
        int mark = next;
        Token delim = next();
        if (nextNonSpace().type() == Type.DEFINE) {
          parseDefinition(delim.pos());
          continue;
        }
        next = mark;
      }
      Node n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        throw fail(n.pos(), "unexpected " + (n instanceof EndNode ? "{{end}}" : "{{else}}"));
      }
      nodes.add(n);
    }
    add(name, new ListNode(0, nodes), 0);
  }

  private void add(String treeName, ListNode root, int pos) {
    ListNode old = trees.get(treeName);
    if (old == null || isEmpty(old)) {
      trees.put(treeName, root);
    } else if (!isEmpty(root)) {
      throw fail(pos, "template: multiple definition of template \"" + treeName + "\"");
    }
  }

  private static boolean isEmpty(Node n) {
    if (n instanceof ListNode l) {
      return l.nodes().stream().allMatch(Parser::isEmpty);
    }
    return n instanceof TextNode t && t.text().isBlank();
  }

  private void parseDefinition(int pos) {
    Token t = nextNonSpace();
    if (t.type() != Type.STRING && t.type() != Type.RAW_STRING) {
      throw unexpected(t, "define clause");
    }
    String defName = unquote(t);
    expect(Type.RIGHT_DELIM, "define clause");
    List<String> saved = vars;
    vars = new ArrayList<>(List.of("$"));
    int savedRange = rangeDepth;
    rangeDepth = 0;
    ItemList listEnd = itemList();
    vars = saved;
    rangeDepth = savedRange;
    if (!(listEnd.end() instanceof EndNode)) {
      throw fail(listEnd.end().pos(), "unexpected {{else}} in define clause");
    }
    add(defName, listEnd.list(), pos);
  }

  /** A list and the {{end}} or {{else}} that closed it. */
  private record ItemList(ListNode list, Node end) {}

  private ItemList itemList() {
    List<Node> nodes = new ArrayList<>();
    int pos = peekNonSpace().pos();
    while (peekNonSpace().type() != Type.EOF) {
      Node n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        return new ItemList(new ListNode(pos, nodes), n);
      }
      nodes.add(n);
    }
    throw fail(text.length(), "unexpected EOF");
  }

  private Node textOrAction() {
    Token t = nextNonSpace();
    return switch (t.type()) {
      case TEXT -> new TextNode(t.pos(), t.text());
      case LEFT_DELIM -> action();
      case COMMENT -> new TextNode(t.pos(), "");
      default -> throw unexpected(t, "input");
    };
  }

  private Node action() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case BLOCK:
        return blockControl(t);
      case BREAK:
      case CONTINUE:
        return breakOrContinue(t);
      case ELSE:
        return elseControl(t);
      case END:
        expect(Type.RIGHT_DELIM, "end");
        return new EndNode(t.pos());
      case IF:
        return control(t, BranchNode.Kind.IF);
      case RANGE:
        return control(t, BranchNode.Kind.RANGE);
      case TEMPLATE:
        return templateControl(t);
      case WITH:
        return control(t, BranchNode.Kind.WITH);
      default:
        backup();
        return new ActionNode(t.pos(), pipeline("command", Type.RIGHT_DELIM));
    }
  }

  private Node breakOrContinue(Token t) {
    String what = t.type() == Type.BREAK ? "{{break}}" : "{{continue}}";
    Token n = nextNonSpace();
    if (n.type() != Type.RIGHT_DELIM) {
      throw unexpected(n, what);
    }
    if (rangeDepth == 0) {
      throw fail(t.pos(), what + " outside {{range}}");
    }
    return t.type() == Type.BREAK ? new BreakNode(t.pos()) : new ContinueNode(t.pos());
  }

  private Node elseControl(Token t) {
    if (peekNonSpace().type() == Type.IF) {
      return new ElseNode(t.pos());
    }
    expect(Type.RIGHT_DELIM, "else");
    return new ElseNode(t.pos());
  }

  private Node control(Token t, BranchNode.Kind kind) {
    int savedVars = vars.size();
    String context = kind.name().toLowerCase(java.util.Locale.ROOT);
    PipeNode pipe = pipeline(context, Type.RIGHT_DELIM);
    if (kind == BranchNode.Kind.RANGE) {
      rangeDepth++;
    }
    ItemList listEnd = itemList();
    if (kind == BranchNode.Kind.RANGE) {
      rangeDepth--;
    }
    ListNode elseList = null;
    if (listEnd.end() instanceof ElseNode e) {
      if (kind == BranchNode.Kind.IF && peekNonSpace().type() == Type.IF) {
        Token ifToken = nextNonSpace();
        elseList = new ListNode(e.pos(), List.of(control(ifToken, BranchNode.Kind.IF)));
      } else {
        ItemList elseEnd = itemList();
        if (!(elseEnd.end() instanceof EndNode)) {
          throw fail(elseEnd.end().pos(), "expected end; found {{else}}");
        }
        elseList = elseEnd.list();
      }
    }
    vars = new ArrayList<>(vars.subList(0, savedVars));
    return new BranchNode(t.pos(), kind, pipe, listEnd.list(), elseList);
  }

  private Node templateControl(Token t) {
    Token nameToken = nextNonSpace();
    String tmplName = templateName(nameToken, "template clause");
    PipeNode pipe = null;
    if (nextNonSpace().type() != Type.RIGHT_DELIM) {
      backup();
      pipe = pipeline("template clause", Type.RIGHT_DELIM);
    }
    return new TemplateNode(t.pos(), tmplName, pipe);
  }

  private Node blockControl(Token t) {
    Token nameToken = nextNonSpace();
    String blockName = templateName(nameToken, "block clause");
    PipeNode pipe = pipeline("block clause", Type.RIGHT_DELIM);
    List<String> saved = vars;
    vars = new ArrayList<>(List.of("$"));
    int savedRange = rangeDepth;
    rangeDepth = 0;
    ItemList listEnd = itemList();
    vars = saved;
    rangeDepth = savedRange;
    if (!(listEnd.end() instanceof EndNode)) {
      throw fail(listEnd.end().pos(), "unexpected {{else}} in block clause");
    }
    add(blockName, listEnd.list(), t.pos());
    return new TemplateNode(t.pos(), blockName, pipe);
  }

  private String templateName(Token t, String context) {
    if (t.type() == Type.STRING || t.type() == Type.RAW_STRING) {
      return unquote(t);
    }
    throw unexpected(t, context);
  }

  private PipeNode pipeline(String context, Type end) {
    Token first = peekNonSpace();
    List<String> decl = new ArrayList<>();
    boolean isAssign = false;
    while (true) {
      Token v = peekNonSpace();
      if (v.type() != Type.VARIABLE) {
        break;
      }
      int mark = next;
      nextNonSpace();
      Token n = peekNonSpace();
      if (n.type() == Type.ASSIGN || n.type() == Type.DECLARE) {
        isAssign = n.type() == Type.ASSIGN;
        nextNonSpace();
        decl.add(v.text());
        vars.add(v.text());
        break;
      } else if (n.type() == Type.CHAR && n.text().equals(",")) {
        nextNonSpace();
        decl.add(v.text());
        vars.add(v.text());
        if (context.equals("range") && decl.size() < 2) {
          Type p = peekNonSpace().type();
          if (p == Type.VARIABLE || p == Type.RIGHT_DELIM || p == Type.RIGHT_PAREN) {
            continue;
          }
          throw fail(v.pos(), "range can only initialize variables");
        }
        throw fail(v.pos(), "too many declarations in " + context);
      } else {
        next = mark;
        break;
      }
    }
    List<CommandNode> cmds = new ArrayList<>();
    while (true) {
      Token t = nextNonSpace();
      if (t.type() == end) {
        if (cmds.isEmpty()) {
          throw fail(t.pos(), "missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
          Node a = cmds.get(i).args().get(0);
          if (a instanceof BoolNode
              || a instanceof DotNode
              || a instanceof NilNode
              || a instanceof Node.NumberNode
              || a instanceof StringNode) {
            throw fail(a.pos(), "non executable command in pipeline stage " + (i + 1));
          }
        }
        return new PipeNode(first.pos(), decl, isAssign, cmds);
      }
      switch (t.type()) {
        case BOOL,
            CHAR_CONSTANT,
            DOT,
            FIELD,
            IDENTIFIER,
            NUMBER,
            NIL,
            RAW_STRING,
            STRING,
            VARIABLE,
            LEFT_PAREN -> {
          backup();
          cmds.add(command());
        }
        default -> throw unexpected(t, context);
      }
    }
  }

  private CommandNode command() {
    List<Node> args = new ArrayList<>();
    int pos = peekNonSpace().pos();
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        args.add(operand);
      }
      Token t = next();
      if (t.type() == Type.SPACE) {
        continue;
      }
      if (t.type() == Type.RIGHT_DELIM || t.type() == Type.RIGHT_PAREN) {
        backup();
      } else if (t.type() != Type.PIPE) {
        throw unexpected(t, "operand");
      }
      break;
    }
    if (args.isEmpty()) {
      throw fail(pos, "empty command");
    }
    return new CommandNode(pos, args);
  }

  private Node operand() {
    Node node = term();
    if (node == null) {
      return null;
    }
    if (peek().type() == Type.FIELD) {
      List<String> fields = new ArrayList<>();
      while (peek().type() == Type.FIELD) {
        fields.add(next().text().substring(1));
      }
      if (node instanceof FieldNode f) {
        List<String> all = new ArrayList<>(f.idents());
        all.addAll(fields);
        return new FieldNode(f.pos(), all);
      }
      if (node instanceof VariableNode v) {
        List<String> all = new ArrayList<>(v.fields());
        all.addAll(fields);
        return new VariableNode(v.pos(), v.name(), all);
      }
      if (node instanceof BoolNode
          || node instanceof StringNode
          || node instanceof Node.NumberNode
          || node instanceof NilNode
          || node instanceof DotNode) {
        throw fail(node.pos(), "unexpected . after term");
      }
      return new ChainNode(node.pos(), node, fields);
    }
    return node;
  }

  private Node term() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER:
        if (isRefused.test(t.text())) {
          throw new Failure(
              TemplateException.Kind.NONDETERMINISTIC_FUNCTION,
              t.pos(),
              "function \"" + t.text() + "\" is refused: its result is not deterministic");
        }
        if (!hasFunction.test(t.text())) {
          throw new Failure(
              TemplateException.Kind.UNSUPPORTED_FUNCTION,
              t.pos(),
              "function \"" + t.text() + "\" not defined");
        }
        return new IdentifierNode(t.pos(), t.text());
      case DOT:
        return new DotNode(t.pos());
      case NIL:
        return new NilNode(t.pos());
      case VARIABLE:
        if (!vars.contains(t.text())) {
          throw fail(t.pos(), "undefined variable \"" + t.text() + "\"");
        }
        return new VariableNode(t.pos(), t.text(), List.of());
      case FIELD:
        return new FieldNode(t.pos(), List.of(t.text().substring(1)));
      case BOOL:
        return new BoolNode(t.pos(), t.text().equals("true"));
      case CHAR_CONSTANT:
      case NUMBER:
        return Numbers.parse(t, unquoteChar(t)).orElseThrow(() -> fail(t.pos(), "bad number"));
      case LEFT_PAREN:
        return pipeline("parenthesized pipeline", Type.RIGHT_PAREN);
      case STRING:
      case RAW_STRING:
        return new StringNode(t.pos(), unquote(t));
      default:
        backup();
        return null;
    }
  }

  private Integer unquoteChar(Token t) {
    if (t.type() != Type.CHAR_CONSTANT) {
      return null;
    }
    String s = Quotes.unquote(t.text(), '\'');
    if (s == null || s.codePointCount(0, s.length()) != 1) {
      throw fail(t.pos(), "malformed character constant: " + t.text());
    }
    return s.codePointAt(0);
  }

  private String unquote(Token t) {
    if (t.type() == Type.RAW_STRING) {
      return t.text().substring(1, t.text().length() - 1).replace("\r", "");
    }
    String s = Quotes.unquote(t.text(), '"');
    if (s == null) {
      throw fail(t.pos(), "invalid syntax: " + t.text());
    }
    return s;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token next() {
    Token t = tokens.get(next);
    if (t.type() == Type.ERROR) {
      throw fail(t.pos(), t.text());
    }
    if (next < tokens.size() - 1) {
      next++;
    }
    return t;
  }

  private void backup() {
    next--;
  }

  private Token nextNonSpace() {
    Token t;
    do {
      t = next();
    } while (t.type() == Type.SPACE);
    return t;
  }

  private Token peekNonSpace() {
    int mark = next;
    Token t = nextNonSpace();
    next = mark;
    return t;
  }

  private void expect(Type type, String context) {
    Token t = nextNonSpace();
    if (t.type() != type) {
      throw unexpected(t, context);
    }
  }

  private Failure unexpected(Token t, String context) {
    if (t.type() == Type.ERROR) {
      return fail(t.pos(), t.text());
    }
    return fail(t.pos(), "unexpected " + describe(t) + " in " + context);
  }

  private static String describe(Token t) {
    return switch (t.type()) {
      case EOF -> "EOF";
      case RIGHT_DELIM -> "\"}}\"";
      default -> "\"" + t.text() + "\"";
    };
  }

  private Failure fail(int pos, String message) {
    return new Failure(TemplateException.Kind.PARSE, pos, message);
  }
}
