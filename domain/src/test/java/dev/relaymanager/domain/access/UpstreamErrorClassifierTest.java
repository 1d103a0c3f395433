package dev.relaymanager.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.FailureClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamErrorClassifierTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          deepseek 402 | API returned 402: {"error":{"message":"Insufficient Balance","type":"unknown_error"}} | UPSTREAM_KEY_QUOTA | 402
          deepseek 401 | API returned 401: {"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid"}} | UPSTREAM_AUTH_ERROR | 401
          deepseek 429 | Chat Completions API (/v1/chat/completions) returned 429: {"error":{"message":"Rate limit reached"}} | RATE_LIMITED | 429
          deepseek 503 | Chat Completions API (/v1/chat/completions) returned 503: {"error":{"message":"Server overloaded"}} | UPSTREAM_ERROR | 503
          moonshot quota | API returned 429: {"error":{"message":"Account balance is insufficient","type":"exceeded_current_quota_error"}} | UPSTREAM_KEY_QUOTA | 429
          moonshot rate | API returned 429: {"error":{"message":"max RPM reached","type":"rate_limit_reached_error"}} | RATE_LIMITED | 429
          moonshot overload | API returned 429: {"error":{"message":"The engine is currently overloaded","type":"engine_overloaded_error"}} | RATE_LIMITED | 429
          moonshot key | API returned 401: {"error":{"message":"Incorrect API key provided","type":"incorrect_api_key_error"}} | UPSTREAM_AUTH_ERROR | 401
          zhipu arrears | API returned 429: {"error":{"code":"1113","message":"您的账户已欠费，请充值后重试"}} | UPSTREAM_KEY_QUOTA | 429
          zhipu concurrency | API returned 429: {"error":{"code":"1302","message":"concurrency too high"}} | RATE_LIMITED | 429
          zhipu frequency | API returned 429: {"error":{"code":"1303","message":"request frequency too high"}} | RATE_LIMITED | 429
          zhipu token | API returned 401: {"error":{"code":"1002","message":"Authorization Token非法"}} | UPSTREAM_AUTH_ERROR | 401
          dashscope arrearage | API returned 400: {"error":{"code":"Arrearage","message":"Access denied, please make sure your account is in good standing."}} | UPSTREAM_KEY_QUOTA | 400
          dashscope free tier | API returned 403: {"error":{"code":"AllocationQuota.FreeTierOnly","message":"free tier used up"}} | UPSTREAM_KEY_QUOTA | 403
          dashscope key | API returned 401: {"error":{"code":"invalid_api_key","message":"Incorrect API key provided."}} | UPSTREAM_AUTH_ERROR | 401
          dashscope throttling | API returned 429: {"error":{"code":"Throttling","message":"Requests throttled"}} | RATE_LIMITED | 429
          minimax 1008 as 402 | API returned 402: {"type":"error","error":{"type":"insufficient_balance_error","message":"insufficient balance (1008)"}} | UPSTREAM_KEY_QUOTA | 402
          minimax 1008 as 500 | API returned 500: {"type":"error","error":{"type":"api_error","message":"insufficient balance (1008)"}} | UPSTREAM_KEY_QUOTA | 500
          minimax 1004 | API returned 401: {"type":"error","error":{"type":"authorized_error","message":"login fail (1004)"}} | UPSTREAM_AUTH_ERROR | 401
          minimax 2049 | API returned 200: {"base_resp":{"status_code":2049,"status_msg":"invalid api key"}} | UPSTREAM_AUTH_ERROR | 200
          user quota | API returned 403: {"error":{"message":"insufficient_user_quota"}} | UPSTREAM_KEY_QUOTA | 403
          other 403 | API returned 403: {"error":{"message":"forbidden"}} | UPSTREAM_AUTH_ERROR | 403
          other 429 | API returned 429: {"error":{"message":"slow down"}} | RATE_LIMITED | 429
          bad model | API returned 400: {"error":{"message":"Model Not Exist"}} | UPSTREAM_ERROR | 400
          transport | Request failed: dial tcp 1.2.3.4:443: i/o timeout | NETWORK_ERROR | 0
          stream cut | Stream ended before response.completed | NETWORK_ERROR | 0
          """)
  void classifies_realistic_account_test_errors(
      String scenario, String message, FailureClass expected, int status) {
    UpstreamFailure failure = UpstreamErrorClassifier.classify(message);

    assertThat(failure.failureClass()).as(scenario).isEqualTo(expected);
    assertThat(failure.upstreamStatus()).isEqualTo(status);
    assertThat(failure.message()).isEqualTo(message);
  }
}
