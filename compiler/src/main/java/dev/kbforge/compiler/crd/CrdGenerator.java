package dev.kbforge.compiler.crd;

import dev.kbforge.compiler.emit.GitOpsLayout;
import dev.kbforge.compiler.emit.OutputTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the apiextensions.k8s.io/v1 CustomResourceDefinitions of the KubeBlocks kinds ({@link
 * CrdKind}) from kbforge's own JSON Schemas, so that what kbforge validates and what a cluster
 * accepts are the same rules. Pure and deterministic: same schemas, same objects, same bytes.
 * Instances are not thread-safe (they cache the parsed schema files).
 */
public final class CrdGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final CrdSchema schemas = new CrdSchema(new SchemaFiles());

  /** The file a CRD is written to: {@code <plural>.<group>.yaml}. */
  public static String fileName(CrdKind kind) {
    return kind.crdName() + ".yaml";
  }

  /** Every kind's CRD, in {@link CrdKind} order. */
  public List<ObjectNode> generateAll() {
    List<ObjectNode> crds = new ArrayList<>();
    for (CrdKind kind : CrdKind.values()) {
      crds.add(generate(kind));
    }
    return crds;
  }

  /**
   * The CRDs as a standalone tree: one {@link #fileName} per kind and a kustomization.yaml listing
   * them (kbforge's marked root, so a later run may replace the folder).
   */
  public OutputTree tree() {
    Map<String, ObjectNode> files = new LinkedHashMap<>();
    for (CrdKind kind : CrdKind.values()) {
      files.put(fileName(kind), generate(kind));
    }
    return GitOpsLayout.named(files);
  }

  /** The CRD of {@code kind}. */
  public ObjectNode generate(CrdKind kind) {
    ObjectNode crd = NODES.objectNode();
    crd.put("apiVersion", "apiextensions.k8s.io/v1");
    crd.put("kind", "CustomResourceDefinition");
    crd.putObject("metadata").put("name", kind.crdName());
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", kind.group());
    spec.set("names", names(kind));
    spec.put("scope", kind.scope());
    ObjectNode version = spec.putArray("versions").addObject();
    version.put("name", CrdKind.VERSION);
    version.put("served", true);
    version.put("storage", true);
    version.putObject("schema").set("openAPIV3Schema", schemas.of(kind));
    version.set("additionalPrinterColumns", columns(kind.columns()));
    ObjectNode subresources = version.putObject("subresources");
    subresources.putObject("status");
    if (kind.scalable()) {
      // no labelSelectorPath: the InstanceSet status has no selector field to point at
      ObjectNode scale = subresources.putObject("scale");
      scale.put("specReplicasPath", ".spec.replicas");
      scale.put("statusReplicasPath", ".status.replicas");
    }
    return crd;
  }

  private static ObjectNode names(CrdKind kind) {
    ObjectNode names = NODES.objectNode();
    names.put("kind", kind.kind());
    names.put("listKind", kind.kind() + "List");
    names.put("plural", kind.plural());
    names.put("singular", kind.singular());
    if (!kind.shortNames().isEmpty()) {
      names.set("shortNames", strings(kind.shortNames()));
    }
    names.set("categories", strings(kind.categories()));
    return names;
  }

  private static ArrayNode columns(List<PrinterColumn> columns) {
    ArrayNode list = NODES.arrayNode();
    for (PrinterColumn column : columns) {
      ObjectNode node = list.addObject();
      node.put("name", column.name());
      node.put("type", column.type());
      node.put("jsonPath", column.jsonPath());
      if (column.description() != null) {
        node.put("description", column.description());
      }
    }
    return list;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode list = NODES.arrayNode();
    values.forEach(list::add);
    return list;
  }
}
