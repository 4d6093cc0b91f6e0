package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;

/**
 * What a lowerer sees for one component: the component, its resolved vars, its rendered file
 * templates (externalManaged ones are absent) and where to report problems.
 */
public record LoweringContext(
    SynthesizedComponent component,
    ResolvedVars vars,
    List<RenderedTemplate> templates,
    Reporter reporter) {}
