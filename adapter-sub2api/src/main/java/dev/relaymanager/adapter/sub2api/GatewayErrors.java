package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.domain.access.GatewayRefusal;
import java.io.IOException;

/**
 * Reads a refused gateway or provider call in any of its shapes (contract §10.1, §10.3;
 * cn-provider-facts): the middleware's string {@code code}, OpenAI's {@code {"error":{type,
 * message, code?}}} (also Zhipu's code-only form), Anthropic's {@code
 * {"type":"error","error":{…}}}. The code is the middleware code, else the error type, else the
 * error code.
 */
final class GatewayErrors {
  private GatewayErrors() {}

  /** The refusal for a non-2xx answer; a body that is not JSON is never quoted. */
  static GatewayRefusal refusal(ObjectMapper json, HostReply reply) {
    int status = reply.status();
    JsonNode tree = read(json, reply.body());
    if (tree == null || !tree.isObject()) {
      String type = reply.contentType().isEmpty() ? "no content type" : reply.contentType();
      return new GatewayRefusal(status, "", "the answer was not a JSON error (" + type + ")");
    }
    JsonNode code = tree.path("code");
    JsonNode error = tree.path("error");
    if (code.isTextual()) {
      return new GatewayRefusal(status, code.asText(), text(tree, "message"));
    }
    if (error.isObject()) {
      String kind = first(text(error, "type"), text(error, "code"), text(tree, "type"));
      return new GatewayRefusal(status, kind, first(text(error, "message"), text(tree, "message")));
    }
    if (error.isTextual()) {
      return new GatewayRefusal(status, error.asText(), text(tree, "message"));
    }
    // A sub2api envelope with an int code (a handler error reached through the gateway path).
    return new GatewayRefusal(status, text(tree, "reason"), text(tree, "message"));
  }

  private static JsonNode read(ObjectMapper json, String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The field as text when it is a string or a number (Zhipu sends codes as strings). */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() || value.isNumber() ? value.asText().strip() : "";
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (!candidate.isEmpty()) {
        return candidate;
      }
    }
    return "";
  }
}
