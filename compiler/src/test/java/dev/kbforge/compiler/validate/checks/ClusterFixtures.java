package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A small made-up addon ("acme") that Cluster check tests resolve against, and helpers to run a
 * Cluster text against it. Only KB4xxx findings are compared, so the tests keep their meaning when
 * other checks run on the same inputs.
 *
 * <ul>
 *   <li>ClusterDefinition {@code acme}: topologies {@code single} (default: db), {@code pair} (db,
 *       proxy), {@code sharded} (sharding shard), {@code pooled} (template component worker) and
 *       {@code broken} (compDef of a definition not in the set);
 *   <li>ComponentDefinition {@code acme-db-1-0.1.0}: serviceVersion 1.0.0, replicasLimit [1, 5],
 *       roles leader/follower, service rw, accounts admin (init) and monitor, config main-config,
 *       volume data, mounts data and logs;
 *   <li>ComponentDefinition {@code acme-db-2-0.1.0}: no serviceVersion of its own; ComponentVersion
 *       {@code acme-db} offers 2.1.0 and 2.1.1-beta.1;
 *   <li>ComponentDefinition {@code acme-proxy-0.1.0}: serviceVersion 0.9.0, no versions elsewhere;
 *   <li>ComponentDefinition {@code acme-bare-0.1.0}: no version at all;
 *   <li>ShardingDefinition {@code acme-shard}: template compDef acme-db-2, shardsLimit [2, 8].
 * </ul>
 */
final class ClusterFixtures {
  private ClusterFixtures() {}

  static final String DEFINITIONS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ClusterDefinition
      metadata:
        name: acme
      spec:
        topologies:
          - name: single
            default: true
            components:
              - name: db
                compDef: acme-db-
          - name: pair
            components:
              - name: db
                compDef: ^acme-db-\\d+
              - name: proxy
                compDef: acme-proxy
          - name: sharded
            shardings:
              - name: shard
                shardingDef: acme-shard
          - name: pooled
            components:
              - name: worker
                compDef: acme-db-1
                template: true
          - name: broken
            components:
              - name: db
                compDef: acme-db-
              - name: arbiter
                compDef: other-arbiter
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: acme-db-1-0.1.0
      spec:
        serviceVersion: 1.0.0
        replicasLimit:
          minReplicas: 1
          maxReplicas: 5
        roles:
          - name: leader
            updatePriority: 2
          - name: follower
            updatePriority: 1
        services:
          - name: rw
            roleSelector: leader
            spec:
              ports:
                - name: db
                  port: 5000
        systemAccounts:
          - name: admin
            initAccount: true
          - name: monitor
            statement:
              create: CREATE USER monitor
        configs:
          - name: main-config
            template: acme-config
            volumeName: conf
        volumes:
          - name: data
        lifecycleActions:
          accountProvision:
            exec:
              command: ["/bin/true"]
        runtime:
          containers:
            - name: db
              image: example.org/acme-db:1.0.0
              volumeMounts:
                - name: data
                  mountPath: /data
                - name: logs
                  mountPath: /logs
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: acme-db-2-0.1.0
      spec:
        roles:
          - name: leader
        runtime:
          containers:
            - name: db
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: acme-proxy-0.1.0
      spec:
        serviceVersion: 0.9.0
        runtime:
          containers:
            - name: proxy
              image: example.org/acme-proxy:0.9.0
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: acme-bare-0.1.0
      spec:
        runtime:
          containers:
            - name: bare
              image: example.org/acme-bare:1
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentVersion
      metadata:
        name: acme-db
      spec:
        compatibilityRules:
          - compDefs: [acme-db-2]
            releases: [r210, r211b]
        releases:
          - name: r210
            serviceVersion: 2.1.0
            images:
              db: example.org/acme-db:2.1.0
          - name: r211b
            serviceVersion: 2.1.1-beta.1
            images:
              db: example.org/acme-db:2.1.1-beta.1
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ShardingDefinition
      metadata:
        name: acme-shard
      spec:
        template:
          compDef: acme-db-2
        shardsLimit:
          minShards: 2
          maxShards: 8
      """;

  /**
   * A Cluster document header: six lines, so the spec fields given to {@link #kb4} start on line 7.
   */
  static final String HEADER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: c1
      spec:
        terminationPolicy: Delete
      """;

  /**
   * Validates {@code cluster.yaml}, made of {@link #HEADER} and the given spec fields (written at
   * column 1, they land on column 3 from line 7 on), with the acme definitions and any extra files
   * (name, text, name, text...). Returns the KB4xxx findings as {@code CODE@file:line:col}.
   */
  static List<String> kb4(Path dir, String specFields, String... extraFiles) {
    CompilerHarness harness =
        new CompilerHarness(dir)
            .file("defs.yaml", DEFINITIONS)
            .file("cluster.yaml", HEADER + specFields.indent(2));
    for (int i = 0; i + 1 < extraFiles.length; i += 2) {
      harness.file(extraFiles[i], extraFiles[i + 1]);
    }
    ValidateResult result = harness.validate();
    return harness.codes(result).stream().filter(c -> c.startsWith("KB4")).toList();
  }
}
