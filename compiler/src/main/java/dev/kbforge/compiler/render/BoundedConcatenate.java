package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/**
 * The {@code ~} operator, charged to the {@link TemplateBudget}: {@code {% set s = s ~ s %}} in a
 * loop doubles a string each time, and ends at the size limit rather than in an OutOfMemoryError.
 */
final class BoundedConcatenate extends ConcatenateExpression {
  @Override
  public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
    String result = super.evaluate(self, context);
    TemplateBudget.current().made(result, self.getName(), getLineNumber());
    return result;
  }
}
