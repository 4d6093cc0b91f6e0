package dev.kbforge.compiler.synth;

import java.util.SortedMap;

/**
 * A config or script template of a component, rendered.
 *
 * @param name the template's name in the ComponentDefinition ({@code configs[].name} or {@code
 *     scripts[].name}); the ConfigMap is {@code <cluster>-<comp>-<name>}
 * @param volumeName the pod volume that mounts it ({@code volumeName}), {@code ""} when unset
 * @param defaultMode the volume's file mode ({@code defaultMode}, 0444 when unset)
 * @param config true for {@code configs[]}, false for {@code scripts[]}
 * @param files file name to content, sorted
 * @param checksum SHA-256 hex of the files, for the pod template annotation that rolls pods
 */
public record RenderedTemplate(
    String name,
    String volumeName,
    int defaultMode,
    boolean config,
    SortedMap<String, String> files,
    String checksum) {}
