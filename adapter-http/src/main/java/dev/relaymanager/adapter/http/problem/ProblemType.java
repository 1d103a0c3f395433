package dev.relaymanager.adapter.http.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every problem the HTTP API can answer with; each type URI is documented in docs/problems.md. */
public enum ProblemType {
  INVALID_INPUT(400, "Invalid input"),
  MALFORMED_JSON(400, "Malformed JSON body"),
  UNAUTHORIZED(401, "Authentication required"),
  NOT_FOUND(404, "Not found"),
  ROUTE_NOT_FOUND(404, "No such route"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  CONFLICT(409, "Conflict"),
  PAYLOAD_TOO_LARGE(413, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  RATE_LIMITED(429, "Too many failed authentication attempts"),
  HOST_UNREACHABLE(502, "Host unreachable"),
  HOST_AUTH_FAILED(502, "Host refused the admin credentials"),
  HOST_COMPLIANCE_REQUIRED(502, "Host requires an admin to accept its terms"),
  HOST_REJECTED(502, "Host rejected the request"),
  HTTP_ERROR(400, "HTTP error"),
  INTERNAL_ERROR(500, "Internal error");

  /** The common prefix of every problem type URI. */
  public static final String BASE_URI = "https://relay-manager.dev/problems/";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  /** The HTTP status this problem is normally answered with. */
  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The stable machine-readable code, e.g. {@code invalid_input}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The absolute type URI, e.g. {@code https://relay-manager.dev/problems/invalid-input}. */
  public String uri() {
    return BASE_URI + code().replace('_', '-');
  }

  /** The type whose {@link #code()} is {@code code}, if there is one. */
  public static Optional<ProblemType> forCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
