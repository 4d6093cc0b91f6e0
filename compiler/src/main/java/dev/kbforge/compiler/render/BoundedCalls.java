package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Every Pebble filter and function, charged to the {@link TemplateBudget}: each call checks the
 * clock, and a string, list or map it returns over the size limits ends the template ({@code l |
 * merge(l)} or {@code s | replace(...)} doubling in a loop). {@code range} is checked before it
 * builds its list, since Pebble's builds the whole list eagerly ({@code range(0, 2000000000)}).
 */
final class BoundedCalls {
  private BoundedCalls() {}

  static Filter filter(Filter filter) {
    return new Filter() {
      @Override
      public List<String> getArgumentNames() {
        return filter.getArgumentNames();
      }

      @Override
      public Object apply(
          Object input,
          Map<String, Object> args,
          PebbleTemplate self,
          EvaluationContext context,
          int line) {
        TemplateBudget budget = TemplateBudget.current();
        budget.at(self.getName(), line);
        return budget.made(filter.apply(input, args, self, context, line), self.getName(), line);
      }
    };
  }

  static Function function(String name, Function function) {
    return new Function() {
      @Override
      public List<String> getArgumentNames() {
        return function.getArgumentNames();
      }

      @Override
      public Object execute(
          Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        TemplateBudget budget = TemplateBudget.current();
        if (name.equals("range")) {
          budget.willMake(rangeSize(args), self.getName(), line);
        }
        budget.at(self.getName(), line);
        return budget.made(function.execute(args, self, context, line), self.getName(), line);
      }
    };
  }

  /**
   * How many numbers {@code range(start, end, increment)} yields (its end is inclusive); 0 when it
   * is not numeric or the increment is 0, which the real function reports itself.
   */
  static long rangeSize(Map<String, Object> args) {
    Object start = args.get("start");
    Object end = args.get("end");
    Object increment = args.getOrDefault("increment", 1L);
    if (!(start instanceof Number s && end instanceof Number e)) {
      return 0;
    }
    double step = increment instanceof Number i ? i.longValue() : 1;
    if (step == 0) {
      return 0;
    }
    double count = Math.floor(((double) e.longValue() - (double) s.longValue()) / step) + 1;
    return count <= 0 ? 0 : (long) Math.min(count, Long.MAX_VALUE);
  }
}
