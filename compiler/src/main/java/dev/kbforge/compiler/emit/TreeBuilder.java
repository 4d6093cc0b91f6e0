package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@link GitOpsLayout} tree one cluster at a time: each cluster's folder is serialised
 * and handed to the sink as soon as the cluster is compiled (on the {@link EmitWorkers}), and its
 * object trees are dropped then, so a render of many clusters holds neither their objects nor, with
 * a {@link StagedTree} sink, their bytes. The shared folders and the root kustomization come last,
 * from {@link #finish}. The files do not depend on the order in which clusters are added or on how
 * many workers there are: folders are sorted, and each file depends on its cluster alone.
 */
public final class TreeBuilder {
  private final TreeSink sink;
  private final OutputTree memory;
  private final EmitWorkers workers;
  private final TreeSet<String> folders = new TreeSet<>();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  /** Builds an in-memory tree on the calling thread ({@link #build}). */
  public TreeBuilder() {
    this(new OutputTree(), EmitWorkers.of(0));
  }

  private TreeBuilder(OutputTree memory, EmitWorkers workers) {
    this.sink = memory;
    this.memory = memory;
    this.workers = workers;
  }

  /** Sends the files to {@code sink}, serialising clusters on {@code workers}. */
  public TreeBuilder(TreeSink sink, EmitWorkers workers) {
    this.sink = sink;
    this.memory = sink instanceof OutputTree tree ? tree : null;
    this.workers = workers;
  }

  /** Adds a cluster's folder (written now or on a worker). */
  public void add(ClusterObjects cluster) {
    GitOpsLayout.checkLabel(cluster.namespace(), "namespace");
    GitOpsLayout.checkLabel(cluster.cluster(), "cluster name");
    String folder = cluster.folder();
    if (!folders.add(folder)) {
      throw new IllegalArgumentException("cluster listed twice: " + folder);
    }
    List<ObjectNode> objects = cluster.objects();
    workers.submit(() -> count(objects.size() + 1, GitOpsLayout.folder(folder, objects, sink)));
  }

  /**
   * Waits for the cluster folders, then adds a crds folder when {@code crds} is not empty, a {@link
   * GitOpsLayout#DEFINITIONS} folder when {@code definitions} is not, a {@link GitOpsLayout#SHARED}
   * folder (before the clusters, whose pods may need its objects) when {@code shared} is not, and
   * the marked root kustomization listing them all. Call once.
   */
  public void finish(List<ObjectNode> crds, List<ObjectNode> definitions, List<ObjectNode> shared) {
    workers.awaitAll();
    List<String> resources = new ArrayList<>();
    // crds first: custom resources need their definitions; then the definitions the Clusters use
    // sync wave -2: before the definitions and RBAC of wave -1 under Argo CD too
    addFolder(GitOpsLayout.CRDS, crds.stream().map(ApplyOrder::withSyncWave).toList(), resources);
    addFolder(GitOpsLayout.DEFINITIONS, definitions, resources);
    addFolder(GitOpsLayout.SHARED, shared, resources);
    resources.addAll(folders);
    byte[] root = GitOpsLayout.root(resources);
    sink.add(TreeMarker.FILE, root);
    count(1, root.length);
  }

  /** {@link #finish}, then the in-memory tree (only for the builder made without a sink). */
  public OutputTree build(
      List<ObjectNode> crds, List<ObjectNode> definitions, List<ObjectNode> shared) {
    if (memory == null) {
      throw new IllegalStateException("this builder writes to " + sink + ", not to memory");
    }
    finish(crds, definitions, shared);
    return memory;
  }

  /** As above, without a shared folder. */
  public OutputTree build(List<ObjectNode> crds, List<ObjectNode> definitions) {
    return build(crds, definitions, List.of());
  }

  /** Files handed to the sink so far. */
  public long files() {
    return files.get();
  }

  /** Bytes handed to the sink so far. */
  public long bytes() {
    return bytes.get();
  }

  private void addFolder(String name, List<ObjectNode> objects, List<String> resources) {
    if (!objects.isEmpty()) {
      count(objects.size() + 1, GitOpsLayout.folder(name, objects, sink));
      resources.add(name);
    }
  }

  private void count(int filesAdded, long bytesAdded) {
    files.addAndGet(filesAdded);
    bytes.addAndGet(bytesAdded);
  }
}
