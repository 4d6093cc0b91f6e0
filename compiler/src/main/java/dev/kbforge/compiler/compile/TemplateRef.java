package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One {@code configs[]} or {@code scripts[]} entry of a component's ComponentDefinition, with what
 * the Cluster says about it ({@code configs[]} entries of the component with the same name).
 *
 * @param name the entry's name
 * @param template the source it names
 * @param templatePointer where that is in the ComponentDefinition
 * @param volumeName the pod volume, {@code ""} when unset
 * @param defaultMode the volume's file mode
 * @param config true for configs[], false for scripts[]
 * @param skipped externalManaged (in the definition or the Cluster), or no template at all
 * @param external externalManaged, in the definition or the Cluster
 * @param userConfigMap the ConfigMap the Cluster puts in place of the template, {@code ""} if none
 * @param userConfigMapPointer where the Cluster names it
 * @param variables the Cluster's {@code variables} for this template (an object or missing)
 */
record TemplateRef(
    String name,
    String template,
    String templatePointer,
    String volumeName,
    int defaultMode,
    boolean config,
    boolean skipped,
    boolean external,
    String userConfigMap,
    String userConfigMapPointer,
    JsonNode variables) {

  static TemplateRef of(SynthesizedComponent c, String list, int index) {
    JsonNode entry = c.definitionSpec().path(list).path(index);
    String pointer = "/spec/" + list + "/" + index;
    String name = text(entry.path("name"));
    boolean config = list.equals("configs");
    JsonNode user = MissingNode.getInstance();
    String userPointer = "";
    if (config) {
      JsonNode configs = c.spec().path("configs");
      for (int k = 0; k < configs.size(); k++) {
        if (text(configs.path(k).path("name")).equals(name)) {
          user = configs.path(k);
          userPointer = c.specPointer() + "/configs/" + k;
          break;
        }
      }
    }
    String template = text(entry.path("template"));
    boolean external =
        entry.path("externalManaged").asBoolean(false)
            || user.path("externalManaged").asBoolean(false);
    JsonNode mode = entry.path("defaultMode");
    return new TemplateRef(
        name,
        template,
        pointer + "/template",
        text(entry.path("volumeName")),
        mode.isIntegralNumber() ? mode.intValue() : TemplateStage.DEFAULT_MODE,
        config,
        external || template.isEmpty() && text(user.path("configMap").path("name")).isEmpty(),
        external,
        text(user.path("configMap").path("name")),
        userPointer + "/configMap/name",
        user.path("variables"));
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.asString() : "";
  }
}
