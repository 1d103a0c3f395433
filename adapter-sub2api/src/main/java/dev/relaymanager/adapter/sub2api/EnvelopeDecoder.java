package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.sub2api.wire.Envelope;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/** Reads a host answer as a {@code {code,message,data}} envelope into a {@link HostOutcome}. */
final class EnvelopeDecoder {
  private final ObjectMapper json;

  EnvelopeDecoder(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The payload as {@code dataType} when the host answered 2xx with code 0, else the error. */
  <T> HostOutcome<T> decode(HostRequest request, HostReply reply, JavaType dataType) {
    JsonNode tree = readTree(reply.body());
    if (tree == null || !tree.isObject()) {
      return failure(WireMapper.unenveloped(reply.status(), request, reply.contentType()));
    }
    Envelope envelope;
    try {
      envelope = json.treeToValue(tree, Envelope.class);
    } catch (IOException e) {
      return failure(WireMapper.unenveloped(reply.status(), request, reply.contentType()));
    }
    if (!reply.successful() || !envelope.succeeded()) {
      return failure(WireMapper.error(reply.status(), request, envelope));
    }
    return payload(request, reply, envelope.data(), dataType);
  }

  /** The body read as plain JSON of {@code type}, for the unenveloped {@code /health}. */
  <T> HostOutcome<T> decodePlain(HostRequest request, HostReply reply, JavaType type) {
    JsonNode tree = readTree(reply.body());
    if (!reply.successful() || tree == null || !tree.isObject()) {
      return failure(WireMapper.unenveloped(reply.status(), request, reply.contentType()));
    }
    return payload(request, reply, tree, type);
  }

  private <T> HostOutcome<T> payload(
      HostRequest request, HostReply reply, JsonNode data, JavaType type) {
    try {
      T value = json.treeToValue(data == null ? json.nullNode() : data, type);
      return new HostOutcome.Success<>(value);
    } catch (IOException e) {
      // Jackson's message can quote the offending value (maybe a key); name only the field path.
      String at =
          e instanceof JsonMappingException ? ((JsonMappingException) e).getPathReference() : "";
      String message =
          "the host's data did not match " + type.getRawClass().getSimpleName() + " at " + at;
      return failure(
          new HostError(
              reply.status(),
              "",
              "",
              message,
              HostError.Shape.HANDLER,
              Map.of(),
              request.describe()));
    }
  }

  private JsonNode readTree(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static <T> HostOutcome<T> failure(HostError error) {
    return new HostOutcome.Failure<>(error);
  }
}
