package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.source.SourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * One action kbagent is told about, as KubeBlocks' component controller lists them
 * (pkg/controller/component/kbagent.go).
 *
 * @param name the name kbagent knows it by ({@code postProvision}, {@code roleProbe}, {@code
 *     udf-reconfigure-cmpd-<template>} ...)
 * @param probe whether it is a probe ({@code roleProbe}, {@code availableProbe}): run periodically
 * @param action the Action (or Probe) as written
 * @param image the exec image chosen for it ({@code ""}: none, kbagent's own image runs it)
 * @param document where it is written, and {@code pointer} the Action there
 */
record KbAgentAction(
    String name,
    boolean probe,
    JsonNode action,
    String image,
    SourceDocument document,
    String pointer) {

  /** KubeBlocks' Action.Defined(): it has a handler. */
  boolean defined() {
    return action.path("exec").isObject()
        || action.path("http").isObject()
        || action.path("grpc").isObject();
  }

  /** How many of exec, http and grpc it sets. */
  int handlers() {
    int n = 0;
    for (String handler : new String[] {"exec", "http", "grpc"}) {
      n += action.path(handler).isObject() ? 1 : 0;
    }
    return n;
  }

  JsonNode exec() {
    return action.path("exec");
  }
}
