package dev.kbforge.reconciler.actions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reloaded config template whose content the apply changes, and how, as KubeBlocks tells the
 * reconfigure action (controllers/apps/component/transformer_component_template.go
 * templateFileChanges; pkg/controller/lifecycle/lfa_replica.go FileTemplateChanges).
 *
 * @param hint the template
 * @param from the hash the pod had when the apply was planned (its record, else the live
 *     workload's)
 * @param files {@code KB_CONFIG_FILES_CREATED}, {@code KB_CONFIG_FILES_REMOVED} (file names) and
 *     {@code KB_CONFIG_FILES_UPDATED} ({@code <mount path>/<file>:<sha256 of the new content>}),
 *     comma-separated and sorted; empty when the live ConfigMap is already the tree's (a re-run)
 */
public record ConfigChange(ConfigHint hint, String from, Map<String, String> files) {
  public ConfigChange {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }
}
