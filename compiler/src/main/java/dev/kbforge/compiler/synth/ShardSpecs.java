package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shards of one sharding (KubeBlocks' {@code buildShardTemplates}): each shard template with
 * {@code shards > 0} makes that many shards from the sharding template overridden by its own
 * fields, the sharding template makes the rest. Shard templates are taken in name order, the
 * sharding's own template ({@code ""}) first; a template's {@code shardIDs} name its first shards,
 * {@link ShardIds} derives the other ids, never reusing an id of {@code offline}.
 */
final class ShardSpecs {
  /** The fields a shard template overrides (replacing, not merging, as KubeBlocks does). */
  private static final List<String> OVERRIDES =
      List.of(
          "labels",
          "annotations",
          "env",
          "schedulingPolicy",
          "resources",
          "volumeClaimTemplates",
          "instances",
          "ordinals",
          "flatInstanceOrdinal");

  /** One shard to synthesize. */
  record Shard(String name, JsonNode spec, String specPointer, ComponentSlot slot) {}

  private record Template(
      String name,
      int count,
      List<String> ids,
      JsonNode spec,
      String pointer,
      ComponentSlot slot) {}

  private ShardSpecs() {}

  /**
   * @param pointer {@code /spec/shardings/<i>}
   * @param sharding the ClusterSharding object
   */
  static List<Shard> of(
      ClusterLayout layout, String pointer, JsonNode sharding, Reporter reporter) {
    Optional<ComponentSlot> own = slot(layout, pointer + "/template");
    if (own.isEmpty() || !own.get().resolution().resolved()) {
      return List.of(); // reported by the validation checks
    }
    Optional<List<Template>> templates = shardTemplates(layout, pointer, sharding, own.get());
    if (templates.isEmpty()) {
      return List.of();
    }
    long total = Math.max(0, Nodes.integer(sharding, "shards", 0));
    long used = templates.get().stream().mapToLong(Template::count).sum();
    if (used > total) {
      reporter.value(
          Code.KB5203,
          layout.cluster(),
          pointer + "/shards",
          "the shard templates of sharding '"
              + Nodes.text(sharding, "name")
              + "' ask for "
              + used
              + " shards, more than its "
              + total,
          "raise shards, or lower the shard templates' shards");
      return List.of();
    }
    List<Template> all = new ArrayList<>(templates.get());
    all.add(
        new Template(
            "",
            (int) (total - used),
            List.of(),
            sharding.path("template"),
            pointer + "/template",
            own.get()));
    all.sort(Comparator.comparing(Template::name));
    return shards(layout.cluster().name(), sharding, all);
  }

  /** The shard templates that make shards; empty when one's definition did not resolve. */
  private static Optional<List<Template>> shardTemplates(
      ClusterLayout layout, String pointer, JsonNode sharding, ComponentSlot own) {
    List<Template> templates = new ArrayList<>();
    List<JsonNode> items = Nodes.items(sharding, "shardTemplates");
    for (int j = 0; j < items.size(); j++) {
      JsonNode tpl = items.get(j);
      int count = (int) Math.min(Nodes.integer(tpl, "shards", 0), 2048);
      if (count <= 0) {
        continue;
      }
      String tplPointer = pointer + "/shardTemplates/" + j;
      ComponentSlot slot = slot(layout, tplPointer).orElse(own);
      if (!slot.resolution().resolved()) {
        return Optional.empty();
      }
      templates.add(
          new Template(
              Nodes.text(tpl, "name"),
              count,
              strings(tpl.path("shardIDs")),
              merge(sharding.path("template"), tpl),
              tplPointer,
              slot));
    }
    return Optional.of(templates);
  }

  /** Names the shards: explicit shardIDs first, derived ids for the rest. */
  private static List<Shard> shards(String cluster, JsonNode sharding, List<Template> templates) {
    String name = Nodes.text(sharding, "name");
    Set<String> reserved = new HashSet<>();
    templates.forEach(t -> reserved.addAll(t.ids()));
    String offlinePrefix = cluster + "-" + name + "-";
    for (String offline : strings(sharding.path("offline"))) {
      reserved.add(
          offline.startsWith(offlinePrefix) ? offline.substring(offlinePrefix.length()) : offline);
    }
    ShardIds ids = new ShardIds(cluster, name, reserved);
    List<Shard> shards = new ArrayList<>();
    for (Template t : templates) {
      for (int k = 0; k < t.count(); k++) {
        String id = k < t.ids().size() ? t.ids().get(k) : ids.next(t.name(), k);
        shards.add(new Shard(name + "-" + id, t.spec(), t.pointer(), t.slot()));
      }
    }
    return shards;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array
          .values()
          .forEach(
              v -> {
                if (v.isString()) {
                  out.add(v.asString());
                }
              });
    }
    return out;
  }

  /**
   * The sharding template with a shard template's fields: compDef and serviceVersion together,
   * replicas (the CRD defaults it to 1, so it always overrides), and {@link #OVERRIDES}.
   */
  private static JsonNode merge(JsonNode template, JsonNode shardTemplate) {
    ObjectNode spec =
        template.isObject()
            ? (ObjectNode) template.deepCopy()
            : JsonNodeFactory.instance.objectNode();
    if (shardTemplate.has("compDef") || shardTemplate.has("serviceVersion")) {
      spec.put("componentDef", Nodes.text(shardTemplate, "compDef"));
      spec.put("serviceVersion", Nodes.text(shardTemplate, "serviceVersion"));
    }
    spec.put("replicas", Nodes.integer(shardTemplate, "replicas", 1));
    for (String field : OVERRIDES) {
      if (shardTemplate.has(field)) {
        spec.set(field, shardTemplate.path(field).deepCopy());
      }
    }
    return spec;
  }

  private static Optional<ComponentSlot> slot(ClusterLayout layout, String pointer) {
    return layout.slots().stream().filter(s -> s.pointer().equals(pointer)).findFirst();
  }
}
