package dev.relaymanager.acceptance.simhost.upstream;

import java.util.List;
import java.util.Map;

/** Provider-shaped error answers, after cn-provider-facts.md. */
final class ProviderErrors {
  private static final List<String> PROVIDERS =
      List.of("deepseek", "moonshot", "zhipu", "minimax", "qwen", "generic");

  private ProviderErrors() {}

  static boolean known(String provider) {
    return PROVIDERS.contains(provider);
  }

  static UpstreamResult badAuth(String provider) {
    if ("zhipu".equals(provider)) {
      return result(401, Map.of("error", Map.of("code", "1000", "message", "身份验证失败。")));
    }
    String type = "moonshot".equals(provider) ? "incorrect_api_key_error" : "authentication_error";
    return result(401, openai("Authentication Fails (invalid api key)", type));
  }

  static UpstreamResult noQuota(String provider) {
    switch (provider) {
      case "moonshot":
        return result(
            429,
            openai(
                "Account balance is insufficient or the account has been disabled",
                "exceeded_current_quota_error"));
      case "zhipu":
        return result(429, Map.of("error", Map.of("code", "1113", "message", "您的账户已欠费，请充值后重试")));
      case "minimax":
        return result(402, openai("insufficient balance (1008)", "insufficient_balance_error"));
      case "qwen":
        return result(403, openai("Free tier quota exhausted", "AllocationQuota.FreeTierOnly"));
      default:
        return result(402, openai("Insufficient Balance", "unknown_error"));
    }
  }

  static UpstreamResult rateLimited() {
    return result(429, openai("Rate limit reached for requests", "rate_limit_reached_error"));
  }

  static UpstreamResult unknownModel(String model) {
    return result(400, openai("Model Not Exist: " + model, "invalid_request_error"));
  }

  static UpstreamResult notFound() {
    return result(404, openai("404 Not Found", "not_found_error"));
  }

  private static Map<String, Object> openai(String message, String type) {
    return Map.of("error", Map.of("message", message, "type", type));
  }

  private static UpstreamResult result(int status, Map<String, Object> body) {
    return new UpstreamResult(status, body, 0, false);
  }
}
