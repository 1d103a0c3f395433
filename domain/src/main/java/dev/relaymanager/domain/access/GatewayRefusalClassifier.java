package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies a refusal of the host's gateway (contract §10.1, findings §1, §10) by its status and
 * the host's code, never by message text. A 502 (and any status the gateway passes through from the
 * provider) is {@link FailureClass#UPSTREAM_ERROR}: only a comparison with the provider tells the
 * host's fault from the provider's, see {@link AccessJudge}.
 */
public final class GatewayRefusalClassifier {
  private static final Set<String> LIMIT_CODES =
      Set.of("USAGE_LIMIT_EXCEEDED", "API_KEY_QUOTA_EXHAUSTED");

  private GatewayRefusalClassifier() {}

  /** The class of {@code refusal}. */
  public static FailureClass classify(GatewayRefusal refusal) {
    Objects.requireNonNull(refusal, "refusal");
    String code = refusal.code().toUpperCase(Locale.ROOT);
    switch (refusal.httpStatus()) {
      case 0:
        return FailureClass.NETWORK_ERROR;
      case 401:
        return FailureClass.GATEWAY_AUTH_ERROR;
      case 403:
        // balance, subscription, group state, expiry, or a key without a group (permission_error)
        return FailureClass.ACCESS_NOT_CLOSED;
      case 429:
        return LIMIT_CODES.contains(code)
            ? FailureClass.ACCESS_LIMIT_REACHED
            : FailureClass.RATE_LIMITED;
      case 503:
        return FailureClass.NO_AVAILABLE_ACCOUNT;
      case 404:
        return code.equals("MODEL_NOT_FOUND")
            ? FailureClass.NO_AVAILABLE_ACCOUNT
            : FailureClass.UPSTREAM_ERROR;
      default:
        return FailureClass.UPSTREAM_ERROR;
    }
  }

  /** Whether only a comparison with the provider can say whose fault {@code refusal} is. */
  public static boolean needsComparison(GatewayRefusal refusal) {
    return classify(refusal) == FailureClass.UPSTREAM_ERROR;
  }
}
