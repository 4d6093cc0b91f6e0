package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Node.ActionNode;
import dev.kbforge.gotemplate.Node.BranchNode;
import dev.kbforge.gotemplate.Node.BreakNode;
import dev.kbforge.gotemplate.Node.ContinueNode;
import dev.kbforge.gotemplate.Node.ListNode;
import dev.kbforge.gotemplate.Node.TemplateNode;
import dev.kbforge.gotemplate.Node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the parse trees and writes the output, after Go's text/template/exec.go (walk,
 * walkIfOrWith, walkRange, walkTemplate). Expressions are the {@link Evaluator}'s.
 */
final class Executor {
  private static final Object MISSING = Evaluator.MISSING;

  private enum Signal {
    NORMAL,
    BREAK,
    CONTINUE
  }

  private final Map<String, ListNode> trees;
  private final ExecState state;
  private final Evaluator eval;
  private final RenderOptions options;
  private int depth;

  Executor(Map<String, ListNode> trees, FunctionMap functions, RenderOptions options) {
    this.trees = trees;
    this.options = options;
    this.state = new ExecState(options);
    this.eval = new Evaluator(state, functions);
  }

  String run(String name, Object data) {
    Object dot = data == null ? MISSING : data;
    state.push("$", dot);
    walk(dot, trees.get(name));
    return state.output();
  }

  private Signal walk(Object dot, Node node) {
    if (node instanceof ListNode list) {
      for (Node n : list.nodes()) {
        Signal s = walk(dot, n);
        if (s != Signal.NORMAL) {
          return s;
        }
      }
    } else if (node instanceof TextNode text) {
      state.write(text, text.text());
    } else if (node instanceof ActionNode action) {
      Object val = eval.evalPipeline(dot, action.pipe());
      if (action.pipe().decl().isEmpty()) {
        state.write(action, val == MISSING || val == null ? "<no value>" : GoFormat.print(val));
      }
    } else if (node instanceof BranchNode branch) {
      return branch.kind() == BranchNode.Kind.RANGE ? walkRange(dot, branch) : walkIf(dot, branch);
    } else if (node instanceof TemplateNode t) {
      walkTemplate(dot, t);
    } else if (node instanceof BreakNode) {
      return Signal.BREAK;
    } else if (node instanceof ContinueNode) {
      return Signal.CONTINUE;
    } else {
      throw state.error(node, "unknown node");
    }
    return Signal.NORMAL;
  }

  private Signal walkIf(Object dot, BranchNode b) {
    int mark = state.mark();
    try {
      Object val = eval.evalPipeline(dot, b.pipe());
      boolean truth = val != MISSING && GoValues.isTrue(val);
      if (truth) {
        return walk(b.kind() == BranchNode.Kind.WITH ? val : dot, b.list());
      } else if (b.elseList() != null) {
        return walk(dot, b.elseList());
      }
      return Signal.NORMAL;
    } finally {
      state.pop(mark);
    }
  }

  private Signal walkRange(Object dot, BranchNode r) {
    int outer = state.mark();
    try {
      Object val = eval.evalPipeline(dot, r.pipe());
      int mark = state.mark();
      int decls = r.pipe().decl().size();
      List<Object[]> items = new ArrayList<>();
      if (val instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          items.add(new Object[] {(long) i, list.get(i)});
        }
      } else if (val instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
          items.add(new Object[] {e.getKey(), e.getValue()});
        }
      } else if (val != MISSING) {
        throw state.error(r, "range can't iterate over " + GoFormat.print(val));
      }
      for (Object[] item : items) {
        state.step(r);
        if (decls > 0) {
          state.setTopVar(1, item[1]);
        }
        if (decls > 1) {
          state.setTopVar(2, item[0]);
        }
        Signal s = walk(item[1], r.list());
        state.pop(mark);
        if (s == Signal.BREAK) {
          break;
        }
      }
      if (items.isEmpty() && r.elseList() != null) {
        return walk(dot, r.elseList());
      }
      return Signal.NORMAL;
    } finally {
      state.pop(outer);
    }
  }

  private void walkTemplate(Object dot, TemplateNode t) {
    ListNode tree = trees.get(t.name());
    if (tree == null) {
      throw state.error(t, "template \"" + t.name() + "\" not defined");
    }
    if (depth >= options.limits().maxDepth()) {
      throw state.limit(t, "exceeded maximum template depth (" + options.limits().maxDepth() + ")");
    }
    state.step(t);
    Object newDot = t.pipe() == null ? MISSING : eval.evalPipeline(dot, t.pipe());
    ExecState.SavedVars saved = state.saveVars();
    state.push("$", newDot);
    depth++;
    try {
      walk(newDot, tree);
    } finally {
      depth--;
      state.restoreVars(saved);
    }
  }
}
