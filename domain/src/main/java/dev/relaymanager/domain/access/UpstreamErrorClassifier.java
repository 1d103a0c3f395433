package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the error text of the host's account test ({@code API returned 402: {...}}, {@code
 * Request failed: ...}, contract §6) by the provider's own signals first, because the same status
 * means different things per provider (cn-provider-facts): Moonshot reports an empty balance as
 * 429, Zhipu as 429 code 1113, DashScope as 400 {@code Arrearage}, MiniMax as 1008 under any
 * status. Only then does the HTTP status decide.
 */
public final class UpstreamErrorClassifier {
  private static final Pattern STATUS =
      Pattern.compile("(?:returned|status(?: code)?)[\\s:]+(\\d{3})\\b", Pattern.CASE_INSENSITIVE);

  /** Provider signals, tried in order; a signal names the class whatever the status. */
  private static final List<Signal> SIGNALS =
      List.of(
          // quota: the key has no balance or quota left
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "exceeded_current_quota_error"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "\"code\"\\s*:\\s*\"?(1113|1309)\\b"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "arrearage"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "allocationquota\\.freetieronly"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "\\(1008\\)|status_code\"?\\s*:\\s*1008\\b"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "insufficient[_ ](user_)?(balance|quota)"),
          new Signal(FailureClass.UPSTREAM_KEY_QUOTA, "exceeded your current quota|余额不足|欠费"),
          // rate limits and overload: transient
          new Signal(FailureClass.RATE_LIMITED, "rate_limit_reached_error|engine_overloaded_error"),
          new Signal(
              FailureClass.RATE_LIMITED,
              "\"code\"\\s*:\\s*\"?(1302|1303|1304|1305|1308|1310|1312)\\b"),
          new Signal(FailureClass.RATE_LIMITED, "\\b(throttling|rate_limit_exceeded)\\b"),
          new Signal(
              FailureClass.RATE_LIMITED,
              "\\((1002|1041|2045|2056)\\)|status_code\"?\\s*:\\s*(1002|1041|2045|2056)\\b"),
          // authentication: the key is wrong, revoked or from another region
          new Signal(
              FailureClass.UPSTREAM_AUTH_ERROR,
              "invalid_api_key|incorrect_api_key_error|invalid_iam_token|authorized_error"),
          new Signal(
              FailureClass.UPSTREAM_AUTH_ERROR,
              "\\((1004|2049)\\)|status_code\"?\\s*:\\s*(1004|2049)\\b"),
          new Signal(
              FailureClass.UPSTREAM_AUTH_ERROR, "\"code\"\\s*:\\s*\"?(100[0-4]|111[0-2])\\b"));

  private static final Pattern TRANSPORT =
      Pattern.compile(
          "request failed|stream ended|timeout|timed out|deadline exceeded|connection"
              + " (refused|reset)|no such host|eof|tls|dial tcp",
          Pattern.CASE_INSENSITIVE);

  private UpstreamErrorClassifier() {}

  /** A provider signal: the class it means and the pattern of the text that carries it. */
  private record Signal(FailureClass failureClass, Pattern pattern) {
    Signal(FailureClass failureClass, String regex) {
      this(failureClass, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
  }

  /** The failure that {@code hostMessage} reports, with the full message kept. */
  public static UpstreamFailure classify(String hostMessage) {
    Objects.requireNonNull(hostMessage, "hostMessage");
    int status = statusIn(hostMessage);
    String text = hostMessage.toLowerCase(Locale.ROOT);
    for (Signal signal : SIGNALS) {
      if (signal.pattern().matcher(text).find()) {
        return new UpstreamFailure(signal.failureClass(), status, hostMessage);
      }
    }
    return new UpstreamFailure(byStatus(status, hostMessage), status, hostMessage);
  }

  private static FailureClass byStatus(int status, String message) {
    if (status == 401 || status == 403) {
      return FailureClass.UPSTREAM_AUTH_ERROR;
    }
    if (status == 402) {
      return FailureClass.UPSTREAM_KEY_QUOTA;
    }
    if (status == 429) {
      return FailureClass.RATE_LIMITED;
    }
    if (status == 0 && (message.isBlank() || TRANSPORT.matcher(message).find())) {
      return FailureClass.NETWORK_ERROR;
    }
    return FailureClass.UPSTREAM_ERROR;
  }

  private static int statusIn(String message) {
    Matcher m = STATUS.matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
