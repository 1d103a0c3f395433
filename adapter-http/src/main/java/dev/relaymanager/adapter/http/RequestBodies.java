package dev.relaymanager.adapter.http;

import dev.relaymanager.domain.shared.InvalidInputException;
import io.javalin.http.Context;

/** Reads a JSON object body into a request record; a missing body or {@code null} is refused. */
final class RequestBodies {
  private RequestBodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    T request = ctx.bodyAsClass(type);
    if (request == null) {
      throw InvalidInputException.of("", "the request body must be a JSON object");
    }
    return request;
  }
}
