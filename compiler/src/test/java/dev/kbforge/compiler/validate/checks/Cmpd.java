package dev.kbforge.compiler.validate.checks;

/**
 * ComponentDefinition fixtures. {@link #of} puts spec fields under a fixed head of {@value
 * #HEAD_LINES} lines, so a spec field written on line N, column C of the text block lands on line
 * {@code HEAD_LINES + N}, column {@code C + 2} of the file.
 */
final class Cmpd {
  static final int HEAD_LINES = 19;

  static final String HEAD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1.0
      spec:
        runtime:
          initContainers:
            - name: init
          containers:
            - name: db
              ports:
                - name: client
                  containerPort: 5432
              volumeMounts:
                - name: data
                  mountPath: /data
            - name: exporter
              ports:
                - {name: metrics, containerPort: 9187}
      """;

  /** The ConfigMaps the valid definition's templates name. */
  static final String TEMPLATES =
      """
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: db-config-template
      data:
        db.conf: ""
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: db-scripts-template
      data:
        start.sh: ""
      """;

  /** Every field the checks look at, used correctly: the negative control of each rule. */
  static final String VALID =
      of(
              """
          serviceVersion: 1.0.0
          roles:
            - name: primary
            - name: secondary
          services:
            - name: default
              serviceName: db
              roleSelector: Primary
              spec:
                ports:
                  - name: client
                    port: 5432
            - name: metrics
              spec:
                ports:
                  - name: metrics
                    port: 9187
            - name: replicas
              spec:
                ports:
                  - name: client
                    port: 5432
          volumes:
            - name: data
          vars:
            - name: HOST
              valueFrom:
                serviceVarRef:
                  name: default
                  host: Required
                  port:
                    name: client
                    option: Required
            - name: HEADLESS
              valueFrom:
                serviceVarRef:
                  name: headless
                  host: Required
            - name: ADMIN_PASSWORD
              valueFrom:
                credentialVarRef:
                  name: admin
                  password: Required
            - name: PRIMARY_POD
              valueFrom:
                componentVarRef:
                  podNamesForRole:
                    role: primary
                    option: Required
            - name: DATA_SIZE
              valueFrom:
                resourceVarRef:
                  storage:
                    name: data
                    option: Required
            - name: HOST_PORT
              valueFrom:
                hostNetworkVarRef:
                  container:
                    name: db
                    port:
                      name: client
                      option: Required
            - name: PLAIN
              value: "1"
          systemAccounts:
            - name: root
              initAccount: true
            - name: admin
              statement:
                create: CREATE USER admin
          hostNetwork:
            containerPorts:
              - container: db
                ports:
                  - client
          replicasLimit:
            minReplicas: 1
            maxReplicas: 5
          available:
            withPhases: Running, Updating
            withRole: primary
            withProbe:
              timeWindowSeconds: 10
          logConfigs:
            - name: error
              filePathPattern: /data/error.log
          configs:
            - name: db-config
              template: db-config-template
              volumeName: config
              reconfigure:
                exec:
                  container: db
                  command: [reload]
          scripts:
            - name: db-scripts
              template: db-scripts-template
              volumeName: scripts
          lifecycleActions:
            roleProbe:
              exec:
                container: db
                command: [role]
            availableProbe:
              exec:
                command: [ready]
            accountProvision:
              exec:
                container: db
                image: tools:1
                command: [provision]
            postProvision:
              exec:
                image: tools:1
                targetPodSelector: Role
                matchingKey: primary
                command: [init]
          """)
          + TEMPLATES;

  private Cmpd() {}

  /** A ComponentDefinition named db-1.0 with the standard runtime and these spec fields. */
  static String of(String specFields) {
    return HEAD + specFields.indent(2);
  }
}
