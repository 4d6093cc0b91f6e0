package dev.kbforge.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one execution: the options, the output, the variable stack (Go's state.vars)
 * and the step counter that bounds it.
 */
final class ExecState {
  final RenderOptions options;
  private final StringBuilder out = new StringBuilder();
  private final List<String> varNames = new ArrayList<>();
  private final List<Object> varValues = new ArrayList<>();
  private long steps;
  private long built;
  private final long deadline;

  ExecState(RenderOptions options) {
    this.options = options;
    this.deadline = System.nanoTime() + options.limits().maxMillis() * 1_000_000;
  }

  String output() {
    return out.toString();
  }

  ExecFailure error(Node at, String message) {
    return new ExecFailure(TemplateException.Kind.EXEC, at == null ? 0 : at.pos(), message);
  }

  ExecFailure limit(Node at, String message) {
    return new ExecFailure(TemplateException.Kind.LIMIT, at == null ? 0 : at.pos(), message);
  }

  void step(Node at) {
    if (++steps > options.limits().maxSteps()) {
      throw limit(at, "execution exceeded " + options.limits().maxSteps() + " steps");
    }
    if (System.nanoTime() - deadline > 0) {
      throw limit(at, "execution took longer than " + options.limits().maxMillis() + " ms");
    }
  }

  /**
   * Charges what a function built (a string's characters, a list's elements) to the execution's
   * budget: many small results can exhaust memory as surely as one large one.
   */
  void built(Node at, String function, long size) {
    built += size;
    if (built > options.limits().maxBuilt()) {
      throw limit(
          at,
          "functions built more than "
              + options.limits().maxBuilt()
              + " characters and list elements in all (last: "
              + function
              + ")");
    }
  }

  void write(Node at, String s) {
    out.append(s);
    if (out.length() > options.limits().maxOutputChars()) {
      throw limit(at, "output exceeded " + options.limits().maxOutputChars() + " characters");
    }
  }

  void push(String name, Object value) {
    varNames.add(name);
    varValues.add(value);
  }

  int mark() {
    return varNames.size();
  }

  void pop(int mark) {
    while (varNames.size() > mark) {
      varNames.remove(varNames.size() - 1);
      varValues.remove(varValues.size() - 1);
    }
  }

  void setVar(Node at, String name, Object value) {
    for (int i = varNames.size() - 1; i >= 0; i--) {
      if (varNames.get(i).equals(name)) {
        varValues.set(i, value);
        return;
      }
    }
    throw error(at, "undefined variable: " + name);
  }

  Object varValue(Node at, String name) {
    for (int i = varNames.size() - 1; i >= 0; i--) {
      if (varNames.get(i).equals(name)) {
        return varValues.get(i);
      }
    }
    throw error(at, "undefined variable: " + name);
  }

  /** Go's setTopVar: the n-th variable from the top (1 is the top). */
  void setTopVar(int n, Object value) {
    varValues.set(varValues.size() - n, value);
  }

  /** A saved variable stack. */
  record SavedVars(List<String> names, List<Object> values) {}

  /** Saves and clears the whole stack, for a {{template}} call that starts a fresh one. */
  SavedVars saveVars() {
    SavedVars saved = new SavedVars(new ArrayList<>(varNames), new ArrayList<>(varValues));
    pop(0);
    return saved;
  }

  void restoreVars(SavedVars saved) {
    pop(0);
    varNames.addAll(saved.names());
    varValues.addAll(saved.values());
  }
}
