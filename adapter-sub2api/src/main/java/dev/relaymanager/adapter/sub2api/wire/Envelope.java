package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Any JSON answer under {@code /api/v1}: the success envelope {@code {code:0,message,data}} and
 * every error shape of contract §1.3 ({@code code} int or string, {@code reason}, {@code metadata},
 * and the 409 {@code {error,message}} warning).
 *
 * @param code {@code 0} on success; the HTTP status (int) from handlers; an UPPER_SNAKE string from
 *     middleware; missing in the warning shape
 * @param message human text, English when asked with {@code Accept-Language: en}
 * @param reason UPPER_SNAKE reason of an application error, e.g. {@code GROUP_EXISTS}
 * @param metadata extra details of an error, e.g. the compliance document version
 * @param error the warning name of the 409 shape, e.g. {@code mixed_channel_warning}
 * @param data the payload of a success
 */
public record Envelope(
    JsonNode code,
    String message,
    String reason,
    JsonNode metadata,
    JsonNode error,
    JsonNode data) {

  /** Whether this is a success: an integer {@code code} equal to 0. */
  public boolean succeeded() {
    return code != null && code.isIntegralNumber() && code.asLong() == 0;
  }

  @Override
  public String toString() {
    // The payload may hold keys or tokens, so it never appears in a string.
    return "Envelope[code=" + code + ", reason=" + reason + "]";
  }
}
