package dev.kbforge.compiler.synth;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A component's vars after resolution (reference section 6.5).
 *
 * @param plain vars with a plain value (no valueFrom, no unresolved {@code $(...)}), in declaration
 *     order: the data of ConfigMap {@code <cluster>-<comp>-env}
 * @param env vars that stay references (credentials as secretKeyRef, configMapKeyRef, secretKeyRef,
 *     unresolved {@code $(...)}), as Kubernetes EnvVar objects in declaration order: prepended to
 *     every container's env
 * @param templateContext every non-credential var by name (integers as Long, so templates can do
 *     arithmetic), for config and script templates
 */
public record ResolvedVars(
    Map<String, String> plain, List<JsonNode> env, Map<String, Object> templateContext) {}
