package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Roles of a component, carried as the annotation {@value #ROLES} (JSON array of the cmpd's roles,
 * as written there: {@code name, updatePriority, participatesInQuorum, isExclusive}) on the
 * workload for kbforge's role labeler ({@code kb roles}, {@code kb apply --roles}) and update
 * order: a plain StatefulSet has no roles, so the labeler asks each pod's kbagent for its role (the
 * roleProbe, whatever its handler) and sets {@code kubeblocks.io/role} so role-selecting Services
 * work. The probe itself is in kbagent's env ({@code KB_AGENT_PROBE}, {@code KB_AGENT_ACTION}).
 */
public final class RoleAnnotations {
  public static final String ROLES = "kbforge.dev/roles";

  private RoleAnnotations() {}

  /** The same annotation on an InstanceSet whose pods run no kbagent. */
  static void putForInstanceSet(SynthesizedComponent c, Map<String, String> annotations) {
    put(c, annotations);
  }

  /** The annotation of a workload whose component defines roles. */
  static void put(SynthesizedComponent c, Map<String, String> annotations) {
    JsonNode roles = c.definitionSpec().path("roles");
    if (Manifests.present(roles)) {
      annotations.put(ROLES, Manifests.json(roles));
    }
  }
}
