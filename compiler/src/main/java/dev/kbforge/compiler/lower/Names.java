package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import tools.jackson.databind.JsonNode;

/**
 * Names of the objects generated for a component (reference section 6.2). Every lowerer that
 * creates or refers to one of them takes the name from here, so a reference and its object agree.
 */
public final class Names {
  private Names() {}

  /** {@code <cluster>-<comp>-env}: the ConfigMap of plain vars, mounted with envFrom. */
  public static String envConfigMap(SynthesizedComponent c) {
    return c.fullName() + "-env";
  }

  /** {@code <cluster>-<comp>-<template>}: the rendered config or script template. */
  public static String templateConfigMap(SynthesizedComponent c, String template) {
    return c.fullName() + "-" + template;
  }

  /** {@code <cluster>-<comp>-headless}: the headless Service that gives pods their DNS names. */
  public static String headlessService(SynthesizedComponent c) {
    return c.fullName() + "-headless";
  }

  /** {@code <cluster>-<comp>-<serviceName>}, or {@code <cluster>-<comp>} for an empty name. */
  public static String service(SynthesizedComponent c, String serviceName) {
    return serviceName.isEmpty() ? c.fullName() : c.fullName() + "-" + serviceName;
  }

  /** {@code <cluster>-<comp>-account-<name>} with {@code _} turned into {@code -}. */
  public static String accountSecret(SynthesizedComponent c, String account) {
    return c.fullName() + "-account-" + account.replace('_', '-');
  }

  /** {@code kb-<cluster>-<comp>}: the ServiceAccount the pods run as. */
  public static String serviceAccount(SynthesizedComponent c) {
    return "kb-" + c.fullName();
  }

  /**
   * {@code <cluster>-<comp>-<serviceName>-<podSuffix>}, or {@code <cluster>-<comp>-<podSuffix>} for
   * an empty serviceName (KubeBlocks makes the suffix the serviceName then).
   */
  public static String podService(SynthesizedComponent c, String serviceName, String podSuffix) {
    return service(c, serviceName.isEmpty() ? podSuffix : serviceName + "-" + podSuffix);
  }

  /** {@code <cluster>-<serviceName>}, or {@code <cluster>}: a Cluster-level Service. */
  public static String clusterService(ClusterInfo cluster, String serviceName) {
    return serviceName.isEmpty() ? cluster.name() : cluster.name() + "-" + serviceName;
  }

  /**
   * Whether the component gets its own ServiceAccount {@link #serviceAccount}: the cmpd has
   * policyRules or lifecycleActions (KubeBlocks' rbac transformer). The pod template names it and
   * the RBAC lowerer creates it, both deciding here.
   */
  public static boolean needsServiceAccount(SynthesizedComponent c) {
    return notEmpty(c.definitionSpec().path("policyRules"))
        || notEmpty(c.definitionSpec().path("lifecycleActions"));
  }

  private static boolean notEmpty(JsonNode node) {
    return (node.isArray() || node.isObject()) && !node.isEmpty();
  }
}
