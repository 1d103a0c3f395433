package dev.relaymanager.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.FailureClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayRefusalClassifierTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "401, INVALID_API_KEY, GATEWAY_AUTH_ERROR",
    "401, API_KEY_DISABLED, GATEWAY_AUTH_ERROR",
    "401, USER_INACTIVE, GATEWAY_AUTH_ERROR",
    "403, INSUFFICIENT_BALANCE, ACCESS_NOT_CLOSED",
    "403, SUBSCRIPTION_NOT_FOUND, ACCESS_NOT_CLOSED",
    "403, SUBSCRIPTION_INVALID, ACCESS_NOT_CLOSED",
    "403, GROUP_DELETED, ACCESS_NOT_CLOSED",
    "403, GROUP_DISABLED, ACCESS_NOT_CLOSED",
    "403, ACCESS_DENIED, ACCESS_NOT_CLOSED",
    "403, API_KEY_EXPIRED, ACCESS_NOT_CLOSED",
    "403, permission_error, ACCESS_NOT_CLOSED",
    "429, USAGE_LIMIT_EXCEEDED, ACCESS_LIMIT_REACHED",
    "429, API_KEY_QUOTA_EXHAUSTED, ACCESS_LIMIT_REACHED",
    "429, rate_limit_error, RATE_LIMITED",
    "503, api_error, NO_AVAILABLE_ACCOUNT",
    "404, model_not_found, NO_AVAILABLE_ACCOUNT",
    "502, upstream_error, UPSTREAM_ERROR",
    "400, invalid_request_error, UPSTREAM_ERROR",
    "0, '', NETWORK_ERROR"
  })
  void classifies_by_status_and_host_code(int status, String code, FailureClass expected) {
    GatewayRefusal refusal = new GatewayRefusal(status, code, "any text");

    FailureClass found = GatewayRefusalClassifier.classify(refusal);

    assertThat(found).isEqualTo(expected);
    assertThat(GatewayRefusalClassifier.needsComparison(refusal))
        .isEqualTo(expected == FailureClass.UPSTREAM_ERROR);
  }
}
