package dev.relaymanager.adapter.http;

import dev.relaymanager.adapter.http.problem.ProblemException;
import dev.relaymanager.adapter.http.problem.ProblemType;
import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.application.pack.PackInput;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * The body of {@code POST /api/packs} and {@code POST /api/packs/validate}: the pack document
 * itself (YAML or JSON, UTF-8), or an empty body with {@code ?builtin=NAME} for a built-in pack.
 *
 * @param builtin the {@code builtin} query parameter, or null
 */
record PackRequest(String contentType, byte[] body, String builtin) {
  /** The source label stored with packs installed through the API. */
  static final String SOURCE = "api";

  private static final Set<String> MEDIA_TYPES =
      Set.of(
          "application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain");

  /**
   * The use cases' input.
   *
   * @throws InvalidInputException if both or neither of a body and {@code builtin} are given, or
   *     the body is not UTF-8
   * @throws ProblemException 415 if the body's media type is not one of the accepted ones
   */
  PackInput toInput() {
    boolean hasBody = body.length > 0;
    if (builtin != null) {
      if (hasBody) {
        throw InvalidInputException.of("builtin", "give either ?builtin=NAME or a body, not both");
      }
      return PackInput.builtin(BuiltinPacks.SCHEME + builtin);
    }
    if (!hasBody) {
      throw InvalidInputException.of(
          "", "the body must be a pack document (YAML or JSON), or use ?builtin=NAME");
    }
    checkMediaType();
    return PackInput.utf8(SOURCE, body);
  }

  private void checkMediaType() {
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "a pack is sent as application/yaml, application/json or text/plain, not '"
              + mediaType
              + "'");
    }
  }
}
