package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.SynthesizedComponent;

/**
 * Names of the objects the non-workload lowerers create (reference section 6.2). They match the
 * workload lowerer's {@code Names}; the two are to be merged into one class.
 */
final class ServiceNames {
  /** Service names are DNS-1035 labels. */
  static final int MAX_SERVICE_NAME = 63;

  private ServiceNames() {}

  /** {@code <cluster>-<comp>-headless}. */
  static String headless(SynthesizedComponent c) {
    return c.fullName() + "-headless";
  }

  /** {@code <cluster>-<comp>-<serviceName>}, or {@code <cluster>-<comp>} for an empty name. */
  static String componentService(SynthesizedComponent c, String serviceName) {
    return serviceName.isEmpty() ? c.fullName() : c.fullName() + "-" + serviceName;
  }

  /**
   * {@code <cluster>-<comp>-<serviceName>-<podSuffix>}, or {@code <cluster>-<comp>-<podSuffix>} for
   * an empty serviceName (KubeBlocks makes the suffix the serviceName then).
   */
  static String podService(SynthesizedComponent c, String serviceName, String podSuffix) {
    return componentService(c, serviceName.isEmpty() ? podSuffix : serviceName + "-" + podSuffix);
  }

  /** {@code <cluster>-<serviceName>}, or {@code <cluster>}. */
  static String clusterService(ClusterInfo cluster, String serviceName) {
    return serviceName.isEmpty() ? cluster.name() : cluster.name() + "-" + serviceName;
  }

  /** {@code <cluster>-<comp>-env}. */
  static String envConfigMap(SynthesizedComponent c) {
    return c.fullName() + "-env";
  }

  /** {@code <cluster>-<comp>-<template>}. */
  static String templateConfigMap(SynthesizedComponent c, String template) {
    return c.fullName() + "-" + template;
  }

  /** {@code kb-<cluster>-<comp>}: ServiceAccount, Role and RoleBinding. */
  static String rbac(SynthesizedComponent c) {
    return "kb-" + c.fullName();
  }

  /** {@code <cluster>-<comp>-account-<name>} with {@code _} turned into {@code -}. */
  static String accountSecret(SynthesizedComponent c, String account) {
    return c.fullName() + "-account-" + account.replace('_', '-');
  }

  /**
   * Reports {@link Code#KB5350} at {@code pointer} when {@code name} is too long for a Service;
   * returns whether it fits.
   */
  static boolean checkServiceName(
      String name, Reporter reporter, SourceDocument doc, String pointer) {
    if (name.length() <= MAX_SERVICE_NAME) {
      return true;
    }
    reporter.value(
        Code.KB5350,
        doc,
        pointer,
        "Service name '" + name + "' has " + name.length() + " characters, more than 63",
        "shorten the cluster, component or service name");
    return false;
  }
}
