package dev.kbforge.reconciler.kbagent;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * kbagent's answer to an action request, as its action service encodes it (KubeBlocks
 * pkg/kbagent/proto/proto.go, ActionResponse): {@code error} is one of the error types of
 * pkg/kbagent/proto/errors.go ({@code notDefined}, {@code failed}, {@code timedOut}...) or absent,
 * {@code message} the error's text, {@code output} the action's stdout (Go encodes the byte slice
 * as base64).
 *
 * @param error the error type, {@code ""} on success
 * @param message what went wrong, {@code ""} on success
 * @param output what the action printed
 */
public record ActionReply(String error, String message, String output) {
  /** kbagent knows no such action. */
  public static final String NOT_DEFINED = "notDefined";

  /** kbagent would not run it: the action's own precondition does not hold yet. */
  public static final String PRECONDITION_FAILED = "preconditionFailed";

  public boolean succeeded() {
    return error.isEmpty();
  }

  /**
   * The reply in {@code body}, or empty when the body is no ActionResponse (e.g. the API server's
   * own Status when it could not reach the pod).
   */
  static Optional<ActionReply> parse(String body) {
    JsonNode json;
    try {
      json = Serialization.jsonMapper().readTree(body);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (json == null || !json.isObject() || json.has("kind") || json.has("apiVersion")) {
      return Optional.empty();
    }
    String output = json.path("output").asString("");
    try {
      output = new String(Base64.getDecoder().decode(output), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // not base64: keep the text as it came
    }
    return Optional.of(
        new ActionReply(
            json.path("error").asString(""), json.path("message").asString(""), output));
  }

  /** The first line of the message, else of the output: what to tell the user about a failure. */
  public String summary() {
    String text = message.isBlank() ? output : message;
    String line = text.strip().lines().findFirst().orElse("");
    return error + (line.isEmpty() ? "" : ": " + line);
  }
}
