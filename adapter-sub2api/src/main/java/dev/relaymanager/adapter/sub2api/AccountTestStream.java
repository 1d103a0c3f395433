package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.sub2api.wire.AccountTestEvent;
import dev.relaymanager.domain.access.UpstreamErrorClassifier;
import dev.relaymanager.domain.access.UpstreamFailure;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the body of an account test as server-sent events whatever its content type (contract §6):
 * {@code data: <json>} lines, blank-line separated, no {@code event:} lines, no {@code [DONE]}, the
 * end of the body ends the stream. The first {@code test_complete} or {@code error} decides.
 */
final class AccountTestStream {
  static final String NO_RESULT = "stream ended without a result";

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final String DATA = "data:";

  private final ObjectMapper json;

  AccountTestStream(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The outcome the stream reports; the tested model is {@code test_start}'s, else requested. */
  AccountTestOutcome outcome(String body, String requestedModel) {
    String testedModel = requestedModel;
    for (String data : dataFrames(body)) {
      Optional<AccountTestEvent> event = event(data);
      String type = event.map(AccountTestEvent::type).orElse("");
      if (type.equals("test_start") && event.get().model() != null) {
        testedModel = event.get().model().isBlank() ? testedModel : event.get().model();
      } else if (type.equals("test_complete")) {
        return Boolean.TRUE.equals(event.get().success())
            ? new AccountTestOutcome.Passed(testedModel)
            : classify(errorText(event.get(), "the test completed without success"));
      } else if (type.equals("error")) {
        return classify(errorText(event.get(), "the test failed without a message"));
      }
    }
    return new AccountTestOutcome.Failed(FailureClass.NETWORK_ERROR, 0, NO_RESULT);
  }

  /** The payloads of the {@code data:} lines, one per event; other lines are ignored. */
  static List<String> dataFrames(String body) {
    List<String> frames = new ArrayList<>();
    StringBuilder pending = null;
    for (String line : LINE_BREAK.split(body, -1)) {
      if (line.isEmpty()) {
        if (pending != null) {
          frames.add(pending.toString());
        }
        pending = null;
      } else if (line.startsWith(DATA)) {
        String value = line.substring(DATA.length());
        value = value.startsWith(" ") ? value.substring(1) : value;
        pending = pending == null ? new StringBuilder(value) : pending.append('\n').append(value);
      }
    }
    if (pending != null) {
      frames.add(pending.toString());
    }
    return frames;
  }

  private Optional<AccountTestEvent> event(String data) {
    try {
      return Optional.ofNullable(json.readValue(data, AccountTestEvent.class));
    } catch (IOException e) {
      // A frame that is not JSON (a proxy's keep-alive, a cut-off tail) says nothing: skip it.
      return Optional.empty();
    }
  }

  private static String errorText(AccountTestEvent event, String fallback) {
    JsonNode error = event.error();
    if (error == null || error.isNull()) {
      return fallback;
    }
    String text = error.isTextual() ? error.asText() : error.toString();
    return text.isBlank() ? fallback : text;
  }

  /**
   * A stand-in until the domain's {@code UpstreamErrorClassifier} exists: only the embedded status
   * ({@code API returned 402: ...}) and transport failures ({@code Request failed: ...}) count.
   */
  /** The provider's answer inside the host's text decides the class (domain knowledge). */
  private static AccountTestOutcome.Failed classify(String message) {
    UpstreamFailure failure = UpstreamErrorClassifier.classify(message);
    return new AccountTestOutcome.Failed(
        failure.failureClass(), failure.upstreamStatus(), failure.message());
  }
}
