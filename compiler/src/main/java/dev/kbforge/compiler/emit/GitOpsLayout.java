package dev.kbforge.compiler.emit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays compiled clusters out as the GitOps tree of DESIGN section 6:
 *
 * <pre>
 * kustomization.yaml             crds and _definitions (when given), then every cluster folder, sorted
 * crds/kustomization.yaml        the CRD files in the given order
 * crds/customresourcedefinition-&lt;name&gt;.yaml
 * _definitions/...               shared KubeBlocks definitions (kubeblocks target), same layout
 * _shared/...                    plain Kubernetes objects of the input that belong to no one cluster
 * &lt;namespace&gt;/&lt;cluster&gt;/kustomization.yaml   the cluster's files in the given (apply) order
 * &lt;namespace&gt;/&lt;cluster&gt;/&lt;kind&gt;-&lt;name&gt;.yaml  one object per file ({@link FileNames})
 * </pre>
 *
 * Objects are written as given: callers sort them and add sync waves with {@link
 * ApplyOrder#prepare}. The result depends only on the clusters as a set (their folders are sorted)
 * and on each cluster's object order. The root kustomization starts with the {@link TreeMarker}
 * line, by which {@link TreeWriter} knows it may replace the folder.
 */
public final class GitOpsLayout {
  /** The folder of CustomResourceDefinitions. */
  public static final String CRDS = "crds";

  /**
   * The folder of the KubeBlocks definitions shared by the clusters of a {@code kubeblocks} render.
   * Its leading underscore keeps it apart from every namespace folder.
   */
  public static final String DEFINITIONS = "_definitions";

  /**
   * The folder of the input's plain Kubernetes objects that belong to no single cluster (another
   * namespace, cluster-scoped, or neither named by nor labelled with a cluster).
   */
  public static final String SHARED = "_shared";

  /** Namespaces and Cluster names are DNS labels; anything else is a bug in an earlier phase. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private GitOpsLayout() {}

  /** The tree of {@code clusters}, without a crds folder. */
  public static OutputTree build(List<ClusterObjects> clusters) {
    return build(clusters, List.of());
  }

  /** The tree of {@code clusters}, plus a crds folder when {@code crds} is not empty. */
  public static OutputTree build(List<ClusterObjects> clusters, List<ObjectNode> crds) {
    return build(clusters, crds, List.of());
  }

  /**
   * The tree of {@code clusters}, plus a crds folder when {@code crds} is not empty and a {@link
   * #DEFINITIONS} folder (listed after crds, before the clusters) when {@code definitions} is not.
   */
  public static OutputTree build(
      List<ClusterObjects> clusters, List<ObjectNode> crds, List<ObjectNode> definitions) {
    TreeBuilder builder = new TreeBuilder();
    clusters.forEach(builder::add);
    return builder.build(crds, definitions);
  }

  /**
   * A standalone tree of objects under file names chosen by the caller (e.g. {@code kb crds}):
   * every object in its file, and a marked root kustomization listing the files in the map's
   * iteration order.
   */
  public static OutputTree named(Map<String, ObjectNode> objectsByFile) {
    OutputTree tree = new OutputTree();
    objectsByFile.forEach((file, object) -> tree.put(file, ManifestWriter.write(object)));
    tree.put(TreeMarker.FILE, root(List.copyOf(objectsByFile.keySet())));
    return tree;
  }

  /** One folder: a file per object and a kustomization listing them in order. */
  static OutputTree folder(List<ObjectNode> objects) {
    OutputTree folder = new OutputTree();
    folder("", objects, folder);
    return folder;
  }

  /**
   * Writes one folder to {@code sink} under {@code prefix} (empty for the root); returns the bytes
   * written.
   */
  static long folder(String prefix, List<ObjectNode> objects, TreeSink sink) {
    String lead = prefix.isEmpty() ? "" : prefix + "/";
    List<String> names = FileNames.assign(objects);
    long bytes = 0;
    for (int i = 0; i < objects.size(); i++) {
      byte[] file = ManifestWriter.write(objects.get(i));
      sink.add(lead + names.get(i), file);
      bytes += file.length;
    }
    byte[] kustomization = Kustomizations.bytes(names);
    sink.add(lead + TreeMarker.FILE, kustomization);
    return bytes + kustomization.length;
  }

  static byte[] root(List<String> resources) {
    byte[] marker = (TreeMarker.LINE + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = Kustomizations.bytes(resources);
    byte[] all = new byte[marker.length + body.length];
    System.arraycopy(marker, 0, all, 0, marker.length);
    System.arraycopy(body, 0, all, marker.length, body.length);
    return all;
  }

  /** Throws when {@code value} cannot name a folder (a bug: compile reports bad names first). */
  public static void checkLabel(String value, String what) {
    if (!LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " is not a DNS label: '" + value + "'");
    }
  }
}
