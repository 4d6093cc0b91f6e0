package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.synth.ClusterUid;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code component} value of KubeBlocks' parameters controller: its SynthesizedComponent as
 * {@code json.Marshal} names the fields (pkg/controller/component/type.go). kbforge fills the
 * fields a template can use offline: namespace, clusterName, clusterUID, name, fullCompName,
 * compDefName, serviceVersion, replicas, resources, podSpec, volumeClaimTemplates (as
 * PersistentVolumeClaimTemplates: {@code metadata.name} and {@code spec}), tlsConfig and
 * templateVars. Fields only the running controller knows (status, generation) are absent.
 */
final class ComponentJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ComponentJson() {}

  static ObjectNode of(SynthesizedComponent c, JsonNode podSpec, Map<String, String> templateVars) {
    ObjectNode json = NODES.objectNode();
    json.put("namespace", c.cluster().namespace());
    json.put("clusterName", c.cluster().name());
    json.put("clusterUID", ClusterUid.of(c.cluster().namespace(), c.cluster().name()));
    json.put("name", c.name());
    json.put("fullCompName", c.fullName());
    json.put("compDefName", c.definitionName());
    if (!c.serviceVersion().isEmpty()) {
      json.put("serviceVersion", c.serviceVersion());
    }
    json.put("replicas", c.replicas());
    json.set(
        "resources",
        c.spec().path("resources").isObject() ? c.spec().path("resources") : NODES.objectNode());
    json.set("podSpec", podSpec);
    ArrayNode claims = NODES.arrayNode();
    for (JsonNode vct : c.spec().path("volumeClaimTemplates")) {
      ObjectNode claim = claims.addObject();
      claim.putObject("metadata").put("name", vct.path("name").asString(""));
      claim.set("spec", vct.path("spec").isObject() ? vct.path("spec") : NODES.objectNode());
    }
    if (!claims.isEmpty()) {
      json.set("volumeClaimTemplates", claims);
    }
    json.set("tlsConfig", c.spec().path("tls").asBoolean(false) ? tls(c) : NODES.nullNode());
    if (!templateVars.isEmpty()) {
      ObjectNode vars = json.putObject("templateVars");
      templateVars.forEach(vars::put);
    }
    return json;
  }

  private static JsonNode tls(SynthesizedComponent c) {
    ObjectNode tls = NODES.objectNode();
    tls.put("enable", true);
    if (c.spec().path("issuer").isObject()) {
      tls.set("issuer", c.spec().path("issuer"));
    }
    return tls;
  }
}
