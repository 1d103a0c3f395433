package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminSettings;
import dev.relaymanager.adapter.sub2api.wire.Envelope;
import dev.relaymanager.adapter.sub2api.wire.Health;
import dev.relaymanager.adapter.sub2api.wire.PublicSettings;
import dev.relaymanager.adapter.sub2api.wire.VersionInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts wire records into domain values and {@link HostError}s; the only such mapper. */
final class WireMapper {
  private static final String UNKNOWN_VERSION = "unknown";

  private WireMapper() {}

  /** The error an enveloped refusal stands for, whatever its shape (contract §1.3). */
  static HostError error(int status, HostRequest request, Envelope envelope) {
    HostError.Shape shape = shapeOf(envelope);
    if (shape == HostError.Shape.UNENVELOPED) {
      return unenveloped(status, request, "application/json");
    }
    String code =
        shape == HostError.Shape.WARNING ? envelope.error().asText() : envelope.code().asText();
    return new HostError(
        status,
        code,
        textOrEmpty(envelope.reason()),
        textOrEmpty(envelope.message()),
        shape,
        metadata(envelope.metadata()),
        request.describe());
  }

  /** A string code comes from middleware, an int code from a handler, a bare error from a guard. */
  private static HostError.Shape shapeOf(Envelope envelope) {
    JsonNode code = envelope.code();
    if (code != null && code.isTextual()) {
      return HostError.Shape.MIDDLEWARE;
    }
    if (code != null && code.isNumber()) {
      return HostError.Shape.HANDLER;
    }
    if (envelope.error() != null && envelope.error().isTextual()) {
      return HostError.Shape.WARNING;
    }
    return HostError.Shape.UNENVELOPED;
  }

  /** The error for an answer that is not an envelope; the body is never quoted. */
  static HostError unenveloped(int status, HostRequest request, String contentType) {
    String type = contentType.isEmpty() ? "no content type" : contentType;
    return new HostError(
        status,
        "",
        "",
        "not a sub2api JSON envelope (" + type + ")",
        HostError.Shape.UNENVELOPED,
        Map.of(),
        request.describe());
  }

  /** Whether {@code GET /health} said the host is up. */
  static boolean healthy(Health health) {
    return health != null && "ok".equalsIgnoreCase(health.status());
  }

  /** The host's version, or {@code unknown} when it sent none. */
  static String version(VersionInfo info) {
    if (info == null || info.version() == null || info.version().isBlank()) {
      return UNKNOWN_VERSION;
    }
    return info.version().strip();
  }

  /** Whether ordinary users are locked out (backend mode); absent means off. */
  static boolean backendMode(AdminSettings settings) {
    return Boolean.TRUE.equals(settings.backendModeEnabled());
  }

  /** Whether backend mode is on, as the public settings tell; absent means off. */
  static boolean backendMode(PublicSettings settings) {
    return Boolean.TRUE.equals(settings.backendModeEnabled());
  }

  /** Whether keys without a group are scheduled; absent means off (the host's default). */
  static boolean ungroupedKeyScheduling(AdminSettings settings) {
    return Boolean.TRUE.equals(settings.allowUngroupedKeyScheduling());
  }

  private static Map<String, String> metadata(JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isValueNode() && !field.getValue().isNull()) {
          fields.put(field.getKey(), field.getValue().asText());
        }
      }
    }
    return fields;
  }

  private static String textOrEmpty(String text) {
    return text == null ? "" : text;
  }
}
