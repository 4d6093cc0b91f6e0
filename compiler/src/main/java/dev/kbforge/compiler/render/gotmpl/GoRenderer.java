package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.gotemplate.FunctionMap;
import dev.kbforge.gotemplate.GoTemplate;
import dev.kbforge.gotemplate.Limits;
import dev.kbforge.gotemplate.MissingKey;
import dev.kbforge.gotemplate.RenderOptions;
import dev.kbforge.gotemplate.TemplateException;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A rendering as the differential tests replay it against Go: which engine set-up, the template,
   * the values as JSON (taken before execution: sprig's {@code set} may change them), and the
   * outcome.
   *
   * @param kubeBlocksFunctions whether KubeBlocks' functions were defined
   * @param missingKeyError {@code missingkey=error}
   * @param outcome {@code ok}, {@code parse-error} or {@code exec-error}
   */
  public record Rendering(
      boolean kubeBlocksFunctions,
      boolean missingKeyError,
      String name,
      String text,
      String valuesJson,
      String outcome,
      String output) {}

  /** Where this thread's renderings go while {@link #recording} runs; null otherwise. */
  private static final ThreadLocal<List<Rendering>> RECORDING = new ThreadLocal<>();

  private final FunctionMap functions;
  private final boolean kubeBlocksFunctions;
  private final RenderOptions options;
  private final Map<String, GoTemplate> parsed = new ConcurrentHashMap<>();

  private GoRenderer(FunctionMap functions, MissingKey missingKey) {
    this.functions = functions;
    this.kubeBlocksFunctions = functions.get("getContainerMemory") != null;
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
    List<Rendering> recording = RECORDING.get();
    if (recording == null) {
      return execute(name, text, values);
    }
    String json = GoJsonText.of(values);
    try {
      String out = execute(name, text, values);
      recording.add(rendering(name, text, json, "ok", out));
      return out;
    } catch (TemplateException e) {
      String outcome = e.isParseTime() ? "parse-error" : "exec-error";
      recording.add(rendering(name, text, json, outcome, ""));
      throw e;
    }
  }

  private String execute(String name, String text, Map<String, ?> values) throws TemplateException {
    if (text.indexOf("{{") < 0) {
      // no action (Go's lexer starts one only at the left delimiter): the output is the text
      // itself; handing back the same string lets later steps that key on a file's text (config
      // checksums, the emit cache) compare a script rendered for every Cluster by reference
      return text;
    }
    GoTemplate template = parsed.get(text);
    if (template == null) {
      template = GoTemplate.parse(name, text, functions);
      parsed.putIfAbsent(text, template);
    }
    return template.execute(values, options);
  }

  private Rendering rendering(String name, String text, String json, String outcome, String out) {
    return new Rendering(
        kubeBlocksFunctions,
        options.missingKey() == MissingKey.ERROR,
        name,
        text,
        json,
        outcome,
        out);
  }

  /**
   * Runs {@code work} and returns every Go rendering it did on this thread, in order: what the
   * differential tests replay against Go's own text/template.
   */
  public static List<Rendering> recording(Runnable work) {
    List<Rendering> renderings = new ArrayList<>();
    RECORDING.set(renderings);
    try {
      work.run();
    } finally {
      RECORDING.remove();
    }
    return renderings;
  }
}
