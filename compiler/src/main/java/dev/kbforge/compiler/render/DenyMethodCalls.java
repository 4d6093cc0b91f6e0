package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.attributes.methodaccess.MethodAccessValidator;
import java.lang.reflect.Method;

/**
 * Denies every Java method call from a template. Pebble's default validator only blocks a few
 * reflective methods and lets {@code {{ x.getClass() }}} and friends through; kbforge's contexts
 * hold only maps, lists and scalars, whose entries Pebble reads without calling a method, so no
 * template ever needs one.
 */
final class DenyMethodCalls implements MethodAccessValidator {
  static final DenyMethodCalls INSTANCE = new DenyMethodCalls();

  private DenyMethodCalls() {}

  @Override
  public boolean isMethodAccessAllowed(Object object, Method method) {
    return false;
  }
}
