package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Code;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * The limits one Pebble template renders under, so that no template from a pull request can hang a
 * CI job or take the process down (issue 11). One budget per template evaluation, held by the
 * rendering thread while {@link #evaluate} runs; the bounded tags, filters, functions and operators
 * ({@link BoundedExtension}) charge it.
 *
 * <p>Each limit is far above what a real template needs (the repo's and the upstream addons'
 * templates loop over a few dozen items and nest includes two deep) and far below what hurts:
 *
 * <ul>
 *   <li>{@link #MAX_ITERATIONS} loop iterations in all, nested loops included;
 *   <li>{@link #MAX_DEPTH} nested macro calls and includes (each takes many Java frames: the stack
 *       would end some hundreds deeper);
 *   <li>{@link #MAX_CHARS} characters in any string built, and in the output;
 *   <li>{@link #MAX_ITEMS} items in any list or map built ({@code range}, {@code merge}...);
 *   <li>{@link #MAX_NANOS} of wall-clock time, checked at every loop iteration, call, filter and
 *       concatenation: only these can repeat, so a template without them ends in time linear in its
 *       size.
 * </ul>
 *
 * An OutOfMemoryError or StackOverflowError that still happens inside a template (a filter
 * multiplying a string in one step) ends that template with a diagnostic too.
 */
final class TemplateBudget {
  static final int MAX_ITERATIONS = 1_000_000;
  static final int MAX_DEPTH = 50;
  static final int MAX_CHARS = SandboxedPebble.MAX_RENDERED_CHARS;
  static final int MAX_ITEMS = 1_000_000;
  static final long MAX_NANOS = 5_000_000_000L;

  private static final ThreadLocal<TemplateBudget> CURRENT = new ThreadLocal<>();

  private final long deadline;
  private String template;
  private int iterations;
  private int depth;
  private int line = 1;

  private TemplateBudget(String template) {
    this.template = template;
    this.deadline = System.nanoTime() + MAX_NANOS;
  }

  /**
   * Renders {@code template} under a fresh budget. A limit passed, and an OutOfMemoryError or
   * StackOverflowError, is a {@link TemplateLimitException} at the line last charged.
   */
  static void evaluate(PebbleTemplate template, Writer writer, Map<String, Object> context)
      throws IOException {
    TemplateBudget budget = new TemplateBudget(template.getName());
    TemplateBudget outer = CURRENT.get();
    CURRENT.set(budget);
    try {
      template.evaluate(writer, context);
    } catch (RuntimeException e) {
      TemplateLimitException limit = TemplateLimitException.in(e);
      if (limit != null) {
        throw limit;
      }
      if (String.valueOf(e.getMessage()).startsWith("Tried to write more than")) {
        throw budget.passed(Code.KB5361, "output is longer than " + MAX_CHARS + " characters");
      }
      throw e;
    } catch (OutOfMemoryError e) {
      throw budget.passed(Code.KB5364, "ran out of memory building a string or list");
    } catch (StackOverflowError e) {
      throw budget.passed(Code.KB5362, "recursion too deep (does a template include itself?)");
    } finally {
      CURRENT.set(outer);
    }
  }

  /** The budget of the template rendering on this thread. */
  static TemplateBudget current() {
    TemplateBudget budget = CURRENT.get();
    if (budget == null) {
      throw new IllegalStateException("a Pebble template ran outside TemplateBudget.evaluate");
    }
    return budget;
  }

  /** One loop iteration at {@code template}:{@code line}. */
  void iteration(String template, int line) {
    at(template, line);
    if (++iterations > MAX_ITERATIONS) {
      throw passed(Code.KB5360, "loops run more than " + MAX_ITERATIONS + " iterations");
    }
  }

  /** Entering a macro call or include at {@code line}; {@link #leave} when it returns. */
  void enter(String template, int line) {
    at(template, line);
    if (++depth > MAX_DEPTH) {
      throw passed(Code.KB5362, "macro calls and includes nest more than " + MAX_DEPTH + " deep");
    }
  }

  void leave() {
    depth--;
  }

  /** A value a filter, function or operator made at {@code line}: too large is a limit passed. */
  Object made(Object value, String template, int line) {
    at(template, line);
    if (value instanceof CharSequence text && text.length() > MAX_CHARS) {
      throw passed(Code.KB5364, "builds a string of more than " + MAX_CHARS + " characters");
    }
    int items =
        value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
    if (items > MAX_ITEMS) {
      throw passed(Code.KB5364, "builds a list or map of more than " + MAX_ITEMS + " items");
    }
    return value;
  }

  /** A list of {@code count} items is about to be built at {@code line}. */
  void willMake(long count, String template, int line) {
    at(template, line);
    if (count > MAX_ITEMS) {
      throw passed(Code.KB5364, "builds a list of " + count + " items, over " + MAX_ITEMS);
    }
  }

  /** Notes where rendering is (a template and its line), and stops it when its time is up. */
  void at(String template, int line) {
    if (line > 0) {
      this.template = template;
      this.line = line;
    }
    if (System.nanoTime() - deadline > 0) {
      throw passed(Code.KB5363, "runs longer than " + MAX_NANOS / 1_000_000_000L + " seconds");
    }
  }

  private TemplateLimitException passed(Code code, String what) {
    return new TemplateLimitException(code, "template " + what, line, template);
  }
}
