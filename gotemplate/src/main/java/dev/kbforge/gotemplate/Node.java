package dev.kbforge.gotemplate;

import java.util.List;

/** The parse tree, after Go's text/template/parse/node.go. {@code pos} is a text offset. */
sealed interface Node {
  int pos();

  record ListNode(int pos, List<Node> nodes) implements Node {}

  record TextNode(int pos, String text) implements Node {}

  record ActionNode(int pos, PipeNode pipe) implements Node {}

  /** if, range and with: a pipeline, a body and an optional else body. */
  record BranchNode(int pos, Kind kind, PipeNode pipe, ListNode list, ListNode elseList)
      implements Node {
    enum Kind {
      IF,
      RANGE,
      WITH
    }
  }

  record TemplateNode(int pos, String name, PipeNode pipe) implements Node {}

  record BreakNode(int pos) implements Node {}

  record ContinueNode(int pos) implements Node {}

  /** A pipeline, optionally declaring ({@code :=}) or assigning ({@code =}) variables. */
  record PipeNode(int pos, List<String> decl, boolean isAssign, List<CommandNode> cmds)
      implements Node {}

  record CommandNode(int pos, List<Node> args) implements Node {}

  /** {@code .a.b}: a field chain on dot. */
  record FieldNode(int pos, List<String> idents) implements Node {}

  /** {@code $x.a.b}: a variable and an optional field chain. */
  record VariableNode(int pos, String name, List<String> fields) implements Node {}

  /** {@code (pipeline).a.b}. */
  record ChainNode(int pos, Node node, List<String> fields) implements Node {}

  record IdentifierNode(int pos, String name) implements Node {}

  record DotNode(int pos) implements Node {}

  record NilNode(int pos) implements Node {}

  record BoolNode(int pos, boolean value) implements Node {}

  record StringNode(int pos, String text) implements Node {}

  /**
   * A numeric constant: {@code isInt} when its value is an integer, {@code isFloatSyntax} when Go
   * would make it a float64 in an interface{} context (it has '.', an exponent, ...).
   */
  record NumberNode(
      int pos, String text, boolean isInt, long intValue, boolean isFloat, double floatValue)
      implements Node {
    boolean isFloatSyntax() {
      return isFloat
          && !text.startsWith("'")
          && !text.matches("[+-]?0[xX].*")
          && text.chars().anyMatch(c -> ".eEpP".indexOf(c) >= 0);
    }
  }

  /** Internal markers for {{end}} and {{else}} while parsing lists. */
  record EndNode(int pos) implements Node {}

  record ElseNode(int pos) implements Node {}
}
