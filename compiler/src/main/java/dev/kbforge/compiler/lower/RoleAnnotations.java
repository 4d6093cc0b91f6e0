package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Roles of a StatefulSet component, carried as annotations on the StatefulSet for kbforge's role
 * labeler (a plain StatefulSet has no roles and no kbagent; the labeler runs the probe and sets
 * {@code kubeblocks.io/role} on the pods so role-selecting Services work).
 *
 * <ul>
 *   <li>{@value #ROLES}: JSON array of the cmpd's roles, as written there ({@code name,
 *       updatePriority, participatesInQuorum, isExclusive}).
 *   <li>{@value #ROLE_PROBE}: JSON object {@code {container, command, args?, periodSeconds,
 *       timeoutSeconds?}} of {@code lifecycleActions.roleProbe.exec}; {@code container} defaults to
 *       the first runtime container, {@code periodSeconds} to 60 (KubeBlocks' default). The probe
 *       prints the role, optionally followed by a version number.
 * </ul>
 */
public final class RoleAnnotations {
  public static final String ROLES = "kbforge.dev/roles";
  public static final String ROLE_PROBE = "kbforge.dev/role-probe";

  /** KubeBlocks' documented default probe period. */
  static final int DEFAULT_PERIOD_SECONDS = 60;

  private RoleAnnotations() {}

  /**
   * The same annotations on an InstanceSet, without the KB5304 warning: KubeBlocks' kbagent runs
   * non-exec probes there; {@code kb roles} can stand in for it (exec probes only) while the tree
   * has no kbagent.
   */
  static void putForInstanceSet(SynthesizedComponent c, Map<String, String> annotations) {
    put(c, annotations, null);
  }

  /** The annotations of a StatefulSet; a non-exec probe is KB5304 ({@code reporter} non-null). */
  static void put(SynthesizedComponent c, Map<String, String> annotations, Reporter reporter) {
    JsonNode roles = c.definitionSpec().path("roles");
    if (!Manifests.present(roles)) {
      return;
    }
    annotations.put(ROLES, Manifests.json(roles));
    JsonNode probe = c.definitionSpec().path("lifecycleActions").path("roleProbe");
    if (!probe.isObject()) {
      return; // KB3125 already warns about roles without a probe
    }
    JsonNode exec = probe.path("exec");
    if (!exec.isObject() && reporter == null) {
      return;
    }
    if (!exec.isObject()) {
      reporter.key(
          Code.KB5304,
          c.definition(),
          "/spec/lifecycleActions/roleProbe",
          "the role probe has no exec action",
          "the StatefulSet target runs role probes as exec commands; pods get no role label");
      return;
    }
    annotations.put(ROLE_PROBE, Manifests.json(probe(c, probe, exec)));
  }

  private static ObjectNode probe(SynthesizedComponent c, JsonNode probe, JsonNode exec) {
    ObjectNode out = Manifests.NODES.objectNode();
    String container = Nodes.text(exec, "container");
    if (container.isEmpty()) {
      container = Nodes.text(c.definitionSpec().path("runtime").path("containers").path(0), "name");
    }
    out.put("container", container);
    Manifests.copy(exec, "command", out);
    Manifests.copy(exec, "args", out);
    out.put("periodSeconds", (int) Nodes.integer(probe, "periodSeconds", DEFAULT_PERIOD_SECONDS));
    Manifests.copy(probe, "timeoutSeconds", out);
    return out;
  }
}
