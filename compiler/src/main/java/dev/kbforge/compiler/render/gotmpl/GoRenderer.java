package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.gotemplate.FunctionMap;
import dev.kbforge.gotemplate.GoTemplate;
import dev.kbforge.gotemplate.Limits;
import dev.kbforge.gotemplate.MissingKey;
import dev.kbforge.gotemplate.RenderOptions;
import dev.kbforge.gotemplate.TemplateException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kbforge's entry to the Go template engine, one instance per KubeBlocks rendering path ({@link
 * #componentController()}, {@link #parametersController()}, {@link #author}). A parsed template is
 * kept by its text, so a file met by a thousand clusters is parsed once; execution is bounded by
 * {@link #LIMITS}. Make one per run: the parsed templates live as long as the instance.
 */
public final class GoRenderer {
  /**
   * The bounds of one execution: 1,000,000 steps (range iterations plus function and template
   * calls), 16 Mi characters of output, 200 nested {@code {{template}}} calls. The step bound is
   * what keeps a runaway template to well under a second of work: the engine has no clock.
   */
  public static final Limits LIMITS = Limits.DEFAULT;

  private final FunctionMap functions;
  private final RenderOptions options;
  private final Map<String, GoTemplate> parsed = new ConcurrentHashMap<>();

  private GoRenderer(FunctionMap functions, MissingKey missingKey) {
    this.functions = functions;
    this.options = RenderOptions.DEFAULT.withMissingKey(missingKey).withLimits(LIMITS);
  }

  /**
   * KubeBlocks' component controller ({@code renderFileTemplateData} in
   * controllers/apps/component/transformer_component_template.go, and {@code varTemplate} in
   * pkg/controller/component/vars.go): sprig's functions only, {@code missingkey=error}.
   */
  public static GoRenderer componentController() {
    return new GoRenderer(FunctionMap.sprig(), MissingKey.ERROR);
  }

  /**
   * KubeBlocks' parameters controller (pkg/controller/render/template_render.go, through
   * pkg/gotemplate/tpl_engine.go): sprig plus KubeBlocks' functions, {@code missingkey=error}.
   */
  public static GoRenderer parametersController() {
    return new GoRenderer(KubeBlocksFunctions.map(), MissingKey.ERROR);
  }

  /**
   * What {@code kb template} runs: sprig plus KubeBlocks' functions, with Go's own default ({@code
   * missingkey=default}, a missing key prints {@code <no value>}) unless {@code strict}.
   */
  public static GoRenderer author(boolean strict) {
    return new GoRenderer(
        KubeBlocksFunctions.map(), strict ? MissingKey.ERROR : MissingKey.DEFAULT);
  }

  /**
   * Parses (once per text) and executes {@code text}.
   *
   * @param name the template's name, as Go's errors show it
   * @param values the Go value model: maps, lists, strings, Double, Long, Boolean, null
   */
  public String render(String name, String text, Map<String, ?> values) throws TemplateException {
    GoTemplate template = parsed.get(text);
    if (template == null) {
      template = GoTemplate.parse(name, text, functions);
      parsed.putIfAbsent(text, template);
    }
    return template.execute(values, options);
  }
}
