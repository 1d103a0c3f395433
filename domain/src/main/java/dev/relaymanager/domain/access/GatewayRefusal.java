package dev.relaymanager.domain.access;

import java.util.Objects;

/**
 * A gateway call that did not succeed: the HTTP status, the host's code (string code of the
 * middleware, or the OpenAI error {@code type}), and the message. Status 0 means the call never got
 * an answer (connection refused, timeout).
 */
public record GatewayRefusal(int httpStatus, String code, String message) {
  public GatewayRefusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
