package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.attributes.methodaccess.MethodAccessValidator;
import io.pebbletemplates.pebble.node.ForNode;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Denies every Java method call from a template but the getters of a for loop's {@code loop}
 * variable. Pebble's default validator only blocks a few reflective methods and lets {@code {{
 * x.getClass() }}} and friends through; kbforge's contexts hold only maps, lists and scalars, whose
 * entries Pebble reads without calling a method, so no template needs one. The exception is
 * Pebble's own {@code loop} ({@code loop.index}, {@code loop.first}, {@code loop.last}, {@code
 * loop.length}, {@code loop.revindex}), an object Pebble reads through its getters.
 */
final class DenyMethodCalls implements MethodAccessValidator {
  static final DenyMethodCalls INSTANCE = new DenyMethodCalls();

  /** The getters behind {@code loop.*}, declared by Pebble's {@code ForNode.LoopVariables}. */
  private static final Set<String> LOOP_GETTERS =
      Set.of("getIndex", "isFirst", "isLast", "getLength", "getRevindex");

  private DenyMethodCalls() {}

  @Override
  public boolean isMethodAccessAllowed(Object object, Method method) {
    return object instanceof ForNode.LoopVariables
        && method.getDeclaringClass() == ForNode.LoopVariables.class
        && method.getParameterCount() == 0
        && LOOP_GETTERS.contains(method.getName());
  }
}
