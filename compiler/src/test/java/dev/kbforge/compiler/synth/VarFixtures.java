package dev.kbforge.compiler.synth;

/**
 * Made-up definitions for the resolve-phase tests: a ClusterDefinition {@code db} whose default
 * topology adds a proxy component, a server ComponentDefinition that uses every var kind, and a
 * Cluster {@code c} in namespace {@code ns1}. Line numbers matter: tests assert positions.
 */
final class VarFixtures {
  private VarFixtures() {}

  static final String TOPOLOGY =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ClusterDefinition
      metadata:
        name: db
      spec:
        topologies:
          - name: main
            default: true
            components:
              - name: server
                compDef: "^db-server-"
              - name: proxy
                compDef: db-proxy
            orders:
              provision: ["proxy", "server"]
          - name: alone
            components:
              - name: server
                compDef: "^db-server-"
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-proxy-1.0
      spec:
        serviceVersion: 1.0.0
        services:
          - name: proxy
            serviceName: proxy
            spec:
              ports:
                - name: sql
                  port: 6000
        runtime:
          containers:
            - name: proxy
              image: example.org/proxy:1.0.0
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentVersion
      metadata:
        name: db-server
      spec:
        compatibilityRules:
          - compDefs: ["^db-server-"]
            releases: ["1.0.0"]
        releases:
          - name: "1.0.0"
            serviceVersion: 1.0.0
            images:
              server: example.org/db:1.0.0
              roleProbe: example.org/db-tools:1.0.0
      """;

  /** The server definition: one var of every kind. */
  static final String SERVER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-server-1.0
      spec:
        serviceVersion: 1.0.0
        roles:
          - name: primary
          - name: secondary
        services:
          - name: primary
            serviceName: primary
            spec:
              ports:
                - name: sql
                  port: 5432
          - name: advertised
            serviceName: adv
            podService: true
            disableAutoProvision: true
            spec:
              type: NodePort
              ports:
                - name: sql
                  port: 5432
        systemAccounts:
          - name: admin_user
            initAccount: true
        volumes:
          - name: data
        hostNetwork:
          containerPorts:
            - container: server
              ports: [sql]
        lifecycleActions:
          roleProbe:
            exec:
              container: server
              command: ["probe"]
        runtime:
          containers:
            - name: server
              ports:
                - name: sql
                  containerPort: 5432
              volumeMounts:
                - name: data
                  mountPath: /data
            - name: exporter
              image: example.org/exporter:1
              ports:
                - name: metrics
                  containerPort: 9187
        vars:
          - name: CLUSTER_NAME
            valueFrom: {clusterVarRef: {clusterName: Required}}
          - name: NAMESPACE
            valueFrom: {clusterVarRef: {namespace: Required}}
          - name: CLUSTER_UID
            valueFrom: {clusterVarRef: {clusterUID: Required}}
          - name: COMP_NAME
            valueFrom: {componentVarRef: {componentName: Required}}
          - name: SHORT
            valueFrom: {componentVarRef: {shortName: Required}}
          - name: REPLICAS
            valueFrom: {componentVarRef: {replicas: Required}}
          - name: PODS
            valueFrom: {componentVarRef: {podNames: Required}}
          - name: FQDNS
            valueFrom: {componentVarRef: {podFQDNs: Required}}
          - name: PRIMARY_PODS
            valueFrom: {componentVarRef: {podNamesForRole: {role: primary, option: Required}}}
          - name: VERSION
            valueFrom: {componentVarRef: {serviceVersion: Required}}
          - name: HOST
            valueFrom: {serviceVarRef: {name: primary, host: Required}}
          - name: PORT
            valueFrom: {serviceVarRef: {name: primary, port: {name: sql, option: Required}}}
          - name: HEADLESS
            valueFrom: {serviceVarRef: {name: headless, host: Required}}
          - name: HEADLESS_PORT
            valueFrom: {serviceVarRef: {name: headless, port: {name: metrics}}}
          - name: ADV_HOST
            valueFrom: {serviceVarRef: {name: advertised, optional: true, host: Required}}
          - name: ADV_PORT
            valueFrom: {serviceVarRef: {name: advertised, optional: true, port: {name: sql}}}
          - name: CPU
            valueFrom: {resourceVarRef: {cpu: Required}}
          - name: CPU_LIMIT
            valueFrom: {resourceVarRef: {cpuLimit: Required}}
          - name: MEMORY
            valueFrom: {resourceVarRef: {memory: Required}}
          - name: MEMORY_LIMIT
            valueFrom: {resourceVarRef: {memoryLimit: Required}}
          - name: STORAGE
            valueFrom: {resourceVarRef: {storage: {name: data, option: Required}}}
          - name: TLS
            valueFrom: {tlsVarRef: {enabled: Optional}}
          - name: ADMIN_USER
            valueFrom: {credentialVarRef: {name: admin_user, username: Required}}
          - name: ADMIN_PASSWORD
            valueFrom: {credentialVarRef: {name: admin_user, password: Required}}
          - name: HOST_PORT
            valueFrom:
              hostNetworkVarRef:
                optional: true
                container: {name: server, port: {name: sql, option: Required}}
          - name: SETTINGS
            valueFrom: {configMapKeyRef: {name: db-settings, key: mode}}
          - name: TOKEN
            valueFrom: {secretKeyRef: {name: db-token, key: token, optional: true}}
          - name: URL
            value: "db://$(HOST):$(PORT)/$(CLUSTER_NAME)"
          - name: LITERAL
            value: "$$(HOST)"
          - name: ADMIN_COPY
            value: "$(ADMIN_PASSWORD)"
          - name: MIXED
            value: "user=$(ADMIN_USER)"
          - name: UNKNOWN
            value: "$(NOPE)"
          - name: REMOTE
            valueFrom: {serviceRefVarRef: {name: upstream, host: Required}}
          - name: EXPR
            value: "x"
            expression: "{{ .HOST }}"
          - name: EMPTY
          - name: PROXY_HOST
            valueFrom: {serviceVarRef: {compDef: db-proxy, name: proxy, host: Required}}
        serviceRefDeclarations:
          - name: upstream
            serviceRefDeclarationSpecs:
              - serviceKind: db
                serviceVersion: "^1"
      """;

  /**
   * {@code file:line:col} of the first line of {@code text} holding {@code needle}, the column
   * where the needle starts (tests point at what they mean, not at numbers).
   */
  static String at(String file, String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int col = lines[i].indexOf(needle);
      if (col >= 0) {
        return file + ":" + (i + 1) + ":" + (col + 1);
      }
    }
    throw new AssertionError("no line holds " + needle);
  }

  /** Where the value of {@code "key: value"} starts, on the first line holding it. */
  static String valueAt(String file, String text, String keyAndValue) {
    String key = at(file, text, keyAndValue);
    int colon = key.lastIndexOf(':');
    int col = Integer.parseInt(key.substring(colon + 1)) + keyAndValue.indexOf(": ") + 2;
    return key.substring(0, colon + 1) + col;
  }

  /** Where the var item {@code name} sits in a definition: at its {@code name} key. */
  static String varAt(String file, String text, String name) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("- name: " + name)) {
        return file + ":" + (i + 1) + ":" + (lines[i].indexOf("name:") + 1);
      }
    }
    throw new AssertionError("no var " + name);
  }

  static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: c
        namespace: ns1
      spec:
        clusterDef: db
        terminationPolicy: Delete
        componentSpecs:
          - name: server
            replicas: 2
            resources:
              requests: {cpu: 500m, memory: 0.5Gi}
              limits: {cpu: "2", memory: 1Gi}
            volumeClaimTemplates:
              - name: data
                spec:
                  resources:
                    requests:
                      storage: 20Gi
            services:
              - name: advertised
                serviceType: NodePort
            serviceRefs:
              - name: upstream
                serviceDescriptor: upstream-db
      """;

  static SynthHarness harness() {
    return SynthHarness.of(
        "topology.yaml", TOPOLOGY, "server.yaml", SERVER, "cluster.yaml", CLUSTER);
  }
}
