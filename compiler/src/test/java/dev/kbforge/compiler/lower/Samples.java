package dev.kbforge.compiler.lower;

/**
 * Small ComponentDefinition and Cluster texts for the lowering tests. Lines appended to {@link
 * #CMPD} land in the cmpd's {@code spec}; lines appended to {@link #CLUSTER} (indented by six
 * spaces) land in the component {@code db}.
 */
final class Samples {
  private Samples() {}

  static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: demo-1
      spec:
        labels:
          team: db
        annotations:
          note: from-cmpd
        configs:
          - name: conf
            template: conf
            volumeName: config
        scripts:
          - name: scripts
            template: scripts
            volumeName: scripts
            defaultMode: 0555
        runtime:
          initContainers:
            - name: init
              image: busybox:1
              volumeMounts:
                - name: scripts
                  mountPath: /scripts
          containers:
            - name: main
              env:
                - name: OWN
                  value: own
              volumeMounts:
                - name: data
                  mountPath: /data
                - name: config
                  mountPath: /etc/conf
                - name: scratch
                  mountPath: /tmp
            - name: Sidecar
              image: sidecar:1
              resources:
                limits:
                  cpu: 100m
              volumeMounts:
                - name: scratch
                  mountPath: /tmp
                - name: logs
                  mountPath: /logs
          volumes:
            - name: logs
              hostPath:
                path: /var/log
      """;

  static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: demo
        namespace: prod
      spec:
        terminationPolicy: Delete
        schedulingPolicy:
          nodeSelector:
            disk: ssd
        componentSpecs:
          - name: db
            componentDef: demo-1
            serviceVersion: "1.0.0"
            replicas: 3
            resources:
              limits:
                cpu: "1"
                memory: 1Gi
            env:
              - name: EXTRA
                value: extra
            schedulingPolicy:
              tolerations:
                - key: dedicated
                  operator: Exists
                  effect: NoSchedule
            volumeClaimTemplates:
              - name: data
                spec:
                  resources:
                    requests:
                      storage: 1Gi
            volumes:
              - name: cache
                emptyDir:
                  medium: Memory
      """;

  /** A component with no scheduling policy, volumes or claims, in a WipeOut cluster. */
  static final String BARE_CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: demo
      spec:
        terminationPolicy: WipeOut
        runtimeClassName: gvisor
        schedulingPolicy:
          nodeSelector:
            disk: ssd
        componentSpecs:
          - name: db
            replicas: 1
      """;

  /**
   * {@code file:line:col} of {@code token} on the first line of {@code text} holding {@code line}.
   */
  static String at(String file, String text, String line, String token) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(line)) {
        return file + ":" + (i + 1) + ":" + (lines[i].indexOf(token, lines[i].indexOf(line)) + 1);
      }
    }
    throw new AssertionError("no line with " + line);
  }
}
