package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Node.BoolNode;
import dev.kbforge.gotemplate.Node.ChainNode;
import dev.kbforge.gotemplate.Node.CommandNode;
import dev.kbforge.gotemplate.Node.DotNode;
import dev.kbforge.gotemplate.Node.FieldNode;
import dev.kbforge.gotemplate.Node.IdentifierNode;
import dev.kbforge.gotemplate.Node.NilNode;
import dev.kbforge.gotemplate.Node.NumberNode;
import dev.kbforge.gotemplate.Node.PipeNode;
import dev.kbforge.gotemplate.Node.StringNode;
import dev.kbforge.gotemplate.Node.VariableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates pipelines, commands, fields and function calls, after Go's text/template/exec.go
 * (evalPipeline, evalCommand, evalField, evalCall, evalArg, validateType). Two "no value" states
 * are kept apart as in Go: {@link #MISSING} (Go's invalid reflect.Value: a missing map key, a nil
 * pipeline result) and null (a nil interface{} stored in a map or list). Field access on the first
 * gives {@code <no value>}, on the second an error, exactly as Go.
 */
final class Evaluator {
  /** Go's invalid reflect.Value. */
  static final Object MISSING = new Object();

  /** Go's missingVal: "no final argument from a previous pipeline stage". */
  private static final Object NO_FINAL = new Object();

  private final ExecState state;
  private final FunctionMap functions;
  private final RenderOptions options;

  Evaluator(ExecState state, FunctionMap functions) {
    this.state = state;
    this.functions = functions;
    this.options = state.options;
  }

  private ExecFailure error(Node at, String message) {
    return state.error(at, message);
  }

  Object evalPipeline(Object dot, PipeNode pipe) {
    Object value = NO_FINAL;
    for (CommandNode cmd : pipe.cmds()) {
      value = evalCommand(dot, cmd, value);
      if (value == null) {
        value = MISSING; // Go: a nil interface{} result becomes the invalid value
      }
    }
    for (String v : pipe.decl()) {
      if (pipe.isAssign()) {
        state.setVar(pipe, v, value);
      } else {
        state.push(v, value);
      }
    }
    return value;
  }

  private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
    Node first = cmd.args().get(0);
    if (first instanceof FieldNode f) {
      return evalFieldChain(dot, dot, f, f.idents(), cmd.args(), fin);
    }
    if (first instanceof ChainNode c) {
      return evalChain(dot, c, cmd.args(), fin);
    }
    if (first instanceof IdentifierNode id) {
      return evalFunction(dot, id, cmd.args(), fin);
    }
    if (first instanceof VariableNode v) {
      return evalVariable(dot, v, cmd.args(), fin);
    }
    notAFunction(first, cmd.args(), fin);
    if (first instanceof PipeNode p) {
      return evalPipeline(dot, p);
    }
    if (first instanceof BoolNode b) {
      return b.value();
    }
    if (first instanceof DotNode) {
      return dot;
    }
    if (first instanceof NilNode) {
      throw error(first, "nil is not a command");
    }
    if (first instanceof NumberNode n) {
      return idealConstant(n);
    }
    if (first instanceof StringNode s) {
      return s.text();
    }
    throw error(first, "can't evaluate command");
  }

  private void notAFunction(Node at, List<Node> args, Object fin) {
    if ((args != null && args.size() > 1) || fin != NO_FINAL) {
      throw error(at, "can't give argument to non-function");
    }
  }

  private Object idealConstant(NumberNode n) {
    if (n.isFloatSyntax()) {
      return n.floatValue();
    }
    if (n.isInt()) {
      return n.intValue();
    }
    throw error(n, n.text() + " overflows int");
  }

  private Object evalVariable(Object dot, VariableNode v, List<Node> args, Object fin) {
    Object value = state.varValue(v, v.name());
    if (v.fields().isEmpty()) {
      notAFunction(v, args, fin);
      return value;
    }
    return evalFieldChain(dot, value, v, v.fields(), args, fin);
  }

  private Object evalChain(Object dot, ChainNode c, List<Node> args, Object fin) {
    if (c.node() instanceof NilNode) {
      throw error(c, "indirection through explicit nil");
    }
    Object receiver = evalArg(dot, null, c.node());
    return evalFieldChain(dot, receiver, c, c.fields(), args, fin);
  }

  private Object evalFieldChain(
      Object dot, Object receiver, Node at, List<String> idents, List<Node> args, Object fin) {
    int n = idents.size();
    for (int i = 0; i < n - 1; i++) {
      receiver = evalField(idents.get(i), at, null, NO_FINAL, receiver);
    }
    return evalField(idents.get(n - 1), at, args, fin, receiver);
  }

  private Object evalField(String name, Node at, List<Node> args, Object fin, Object receiver) {
    if (receiver == MISSING) {
      if (options.missingKey() == MissingKey.ERROR) {
        throw error(at, "nil data; no entry for key \"" + name + "\"");
      }
      return MISSING;
    }
    if (receiver == null) {
      throw error(at, "nil pointer evaluating interface {}." + name);
    }
    if (receiver instanceof Map<?, ?> map) {
      if ((args != null && args.size() > 1) || fin != NO_FINAL) {
        throw error(at, name + " is not a method but has arguments");
      }
      if (map.containsKey(name)) {
        return map.get(name);
      }
      if (options.missingKey() == MissingKey.ERROR) {
        throw error(at, "map has no entry for key \"" + name + "\"");
      }
      return MISSING;
    }
    throw error(at, "can't evaluate field " + name + " in type " + GoValues.typeName(receiver));
  }

  private Object evalFunction(Object dot, IdentifierNode id, List<Node> args, Object fin) {
    GoFunction fn = functions.get(id.name());
    if (fn == null) {
      throw error(id, "\"" + id.name() + "\" is not a defined function");
    }
    state.step(id);
    List<Node> callArgs = args == null ? List.of() : args.subList(1, args.size());
    int numIn = callArgs.size() + (fin != NO_FINAL ? 1 : 0);
    int numFixed = callArgs.size();
    List<ArgType> params = fn.params();
    if (fn.variadic() != null) {
      numFixed = params.size();
      if (numIn < numFixed) {
        throw error(id, "wrong number of args for " + id.name());
      }
    } else if (numIn != params.size()) {
      throw error(id, "wrong number of args for " + id.name());
    }
    if (functions.isBuiltin(id.name(), fn) && (id.name().equals("and") || id.name().equals("or"))) {
      return andOr(dot, id.name().equals("or"), callArgs, fin);
    }
    List<Object> argv = new ArrayList<>(numIn);
    int i = 0;
    for (; i < numFixed && i < callArgs.size(); i++) {
      argv.add(evalArg(dot, params.get(i), callArgs.get(i)));
    }
    for (; i < callArgs.size(); i++) {
      argv.add(evalArg(dot, fn.variadic(), callArgs.get(i)));
    }
    if (fin != NO_FINAL) {
      ArgType t =
          fn.variadic() != null && numIn - 1 >= numFixed ? fn.variadic() : params.get(numIn - 1);
      argv.add(validateType(id, fin, t));
    }
    try {
      Object result = fn.body().call(argv);
      if (result instanceof String str && str.length() > options.limits().maxOutputChars()) {
        throw state.limit(
            id,
            id.name() + " returned more than " + options.limits().maxOutputChars() + " characters");
      }
      if (result instanceof String str) {
        state.built(id, id.name(), str.length());
      } else if (result instanceof List<?> list) {
        state.built(id, id.name(), list.size());
      }
      return result;
    } catch (FunctionException e) {
      throw error(id, "error calling " + id.name() + ": " + e.getMessage());
    } catch (ExecFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // Go recovers a panicking function into an error
      throw error(id, "error calling " + id.name() + ": " + e);
    }
  }

  private Object andOr(Object dot, boolean isOr, List<Node> args, Object fin) {
    Object v = null;
    for (Node a : args) {
      v = evalArg(dot, ArgType.ANY, a);
      if (GoValues.isTrue(v) == isOr) {
        return v;
      }
    }
    if (fin != NO_FINAL) {
      v = validateType(null, fin, ArgType.ANY);
    }
    return v;
  }

  /** Evaluates an argument against a parameter type; {@code type == null} is Go's untyped. */
  private Object evalArg(Object dot, ArgType type, Node n) {
    if (n instanceof DotNode) {
      return validateType(n, dot, type);
    }
    if (n instanceof NilNode) {
      if (type == null || type.canBeNil()) {
        return null;
      }
      throw error(n, "cannot assign nil to " + type.goName());
    }
    if (n instanceof FieldNode f) {
      return validateType(n, evalFieldChain(dot, dot, f, f.idents(), List.of(n), NO_FINAL), type);
    }
    if (n instanceof VariableNode v) {
      return validateType(n, evalVariable(dot, v, null, NO_FINAL), type);
    }
    if (n instanceof PipeNode p) {
      return validateType(n, evalPipeline(dot, p), type);
    }
    if (n instanceof IdentifierNode id) {
      return validateType(n, evalFunction(dot, id, null, NO_FINAL), type);
    }
    if (n instanceof ChainNode c) {
      return validateType(n, evalChain(dot, c, null, NO_FINAL), type);
    }
    if (type == null || type == ArgType.ANY) {
      if (n instanceof BoolNode b) {
        return b.value();
      }
      if (n instanceof NumberNode num) {
        return idealConstant(num);
      }
      if (n instanceof StringNode s) {
        return s.text();
      }
    }
    if (type == ArgType.BOOL && n instanceof BoolNode b) {
      return b.value();
    }
    if (type == ArgType.STRING && n instanceof StringNode s) {
      return s.text();
    }
    if (type == ArgType.INT && n instanceof NumberNode num && num.isInt()) {
      return num.intValue();
    }
    if (type == ArgType.FLOAT64 && n instanceof NumberNode num && num.isFloat()) {
      return num.floatValue();
    }
    throw error(n, "can't handle argument for parameter of type " + type.goName());
  }

  private Object validateType(Node at, Object value, ArgType type) {
    if (value == MISSING) {
      if (type == null) {
        return MISSING;
      }
      if (type.canBeNil()) {
        return null;
      }
      throw error(at, "invalid value; expected " + type.goName());
    }
    if (type == null || type == ArgType.ANY) {
      return value;
    }
    boolean ok =
        switch (type) {
          case STRING -> value instanceof String;
          case INT -> GoValues.isInt(value);
          case FLOAT64 -> GoValues.isFloat(value);
          case BOOL -> value instanceof Boolean;
          case LIST -> value instanceof List;
          case MAP -> value instanceof Map;
          default -> true;
        };
    if (!ok) {
      throw error(
          at,
          "wrong type for value; expected "
              + type.goName()
              + "; got "
              + (value == null ? "interface {}" : GoValues.typeName(value)));
    }
    return value;
  }
}
