package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The downward-API volume {@code kubeblocks-role-label} with the file {@code role} (the pod's
 * {@code kubeblocks.io/role} label), mounted read-only by kbagent at {@code
 * /etc/kubeblocks/pod-metadata}, so that kbagent reports the role probe again when the label
 * changes (KubeBlocks' mountPodRoleLabelFile). A different volume of that name, or another mount at
 * that path, is what KubeBlocks rejects: {@link Code#KB5606}, {@link Code#KB5607}.
 */
final class KbAgentRoleVolume {
  private KbAgentRoleVolume() {}

  /** KubeBlocks' volume, field for field. */
  static ObjectNode volume() {
    ObjectNode volume = Manifests.NODES.objectNode();
    volume.put("name", KbAgentContainers.ROLE_LABEL_VOLUME);
    ObjectNode item = volume.putObject("downwardAPI").putArray("items").addObject();
    item.put("path", "role");
    item.putObject("fieldRef").put("fieldPath", "metadata.labels['" + Labels.ROLE + "']");
    return volume;
  }

  static ObjectNode volumeMount() {
    ObjectNode mount = Manifests.NODES.objectNode();
    mount.put("name", KbAgentContainers.ROLE_LABEL_VOLUME);
    mount.put("mountPath", KbAgentEnv.POD_METADATA_PATH);
    mount.put("readOnly", true);
    return mount;
  }

  /** Adds the volume to the pod and the mount to {@code server}; false after a finding. */
  static boolean mount(
      SynthesizedComponent c, ObjectNode pod, ObjectNode server, Reporter reporter) {
    ObjectNode volume = volume();
    boolean present = false;
    JsonNode volumes = pod.path("volumes");
    for (int i = 0; i < volumes.size(); i++) {
      if (!KbAgentContainers.ROLE_LABEL_VOLUME.equals(Nodes.text(volumes.get(i), "name"))) {
        continue;
      }
      if (!volume.equals(volumes.get(i))) {
        reporter.value(
            Code.KB5606,
            c.definition(),
            "/spec/runtime/volumes",
            "volume '" + KbAgentContainers.ROLE_LABEL_VOLUME + "' is kbagent's role label volume",
            "KubeBlocks rejects another volume of that name; rename it");
        return false;
      }
      present = true;
    }
    if (!present) {
      Manifests.array(pod, "volumes").add(volume);
    }
    ObjectNode mount = volumeMount();
    ArrayNode mounts = Manifests.array(server, "volumeMounts");
    for (JsonNode existing : mounts) {
      if (existing.equals(mount)) {
        return true;
      }
      if (KbAgentEnv.POD_METADATA_PATH.equals(Nodes.text(existing, "mountPath"))) {
        reporter.value(
            Code.KB5607,
            c.definition(),
            "/spec/runtime/containers",
            "a volume mount of the actions' exec container uses kbagent's path "
                + KbAgentEnv.POD_METADATA_PATH,
            "kbagent mounts the role label there; KubeBlocks rejects the pod: move that mount");
        return false;
      }
    }
    mounts.add(mount);
    return true;
  }
}
