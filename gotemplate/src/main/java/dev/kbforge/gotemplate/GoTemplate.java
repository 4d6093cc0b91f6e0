package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Node.ListNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed Go text/template: Go's {@code template.New(name).Funcs(functions).Parse(text)}. Safe to
 * execute from several threads at once.
 *
 * <pre>{@code
 * GoTemplate t = GoTemplate.parse("redis.conf", text, FunctionMap.sprig());
 * String out = t.execute(values, RenderOptions.DEFAULT.withMissingKey(MissingKey.ERROR));
 * }</pre>
 *
 * Values are the Go value model of {@link GoValues}: what a JSON round trip gives.
 */
public final class GoTemplate {
  private final String name;
  private final String text;
  private final Map<String, ListNode> trees;
  private final FunctionMap functions;

  private GoTemplate(String name, String text, Map<String, ListNode> trees, FunctionMap functions) {
    this.name = name;
    this.text = text;
    this.trees = trees;
    this.functions = functions;
  }

  public static GoTemplate parse(String name, String text, FunctionMap functions)
      throws TemplateException {
    try {
      Map<String, ListNode> trees =
          Parser.parse(
              name, text, fn -> functions.get(fn) != null, fn -> functions.refused().contains(fn));
      return new GoTemplate(name, text, trees, functions);
    } catch (StackOverflowError e) {
      throw new TemplateException(
          TemplateException.Kind.LIMIT, name, 1, 1, "template nests too deeply to parse");
    }
  }

  public String name() {
    return name;
  }

  /** The names of the templates this text defines, the main one included. */
  public Set<String> templateNames() {
    return new TreeSet<>(trees.keySet());
  }

  /** Executes with Go's defaults (missingkey=default) and the default limits. */
  public String execute(Object data) throws TemplateException {
    return execute(data, RenderOptions.DEFAULT);
  }

  public String execute(Object data, RenderOptions options) throws TemplateException {
    try {
      return new Executor(trees, functions, options).run(name, data);
    } catch (ExecFailure f) {
      int[] lc = Positions.lineColumn(text, f.pos);
      throw new TemplateException(f.kind, name, lc[0], lc[1], f.getMessage());
    } catch (StackOverflowError e) {
      throw new TemplateException(
          TemplateException.Kind.LIMIT, name, 1, 1, "template nests too deeply to execute");
    }
  }
}
