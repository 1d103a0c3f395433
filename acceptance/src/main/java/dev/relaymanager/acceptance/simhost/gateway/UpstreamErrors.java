package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamResult;
import java.util.List;
import java.util.Map;

/** What the gateway answers for upstream failures: failover, then a mapped status (§10). */
final class UpstreamErrors {
  private static final List<Integer> FAILOVER = List.of(401, 402, 403, 405, 429, 529);

  private UpstreamErrors() {}

  /** True when the next account is tried; {@code legacy} fails over on all but 400. */
  static boolean failsOver(UpstreamResult r, boolean legacy) {
    if (r.hostGap() || legacy) {
      return r.hostGap() || r.status() != 400;
    }
    return FAILOVER.contains(r.status()) || r.status() >= 500;
  }

  /** A non-failover 4xx written directly: the status and sanitized message (or the raw body). */
  static Resp direct(UpstreamResult r, boolean legacy) {
    if (legacy) {
      return Resp.json(r.status(), r.body());
    }
    String type = r.status() == 404 ? "not_found_error" : "invalid_request_error";
    return SimError.openai(r.status(), type, message(r.body())).resp();
  }

  /** Every candidate failed: the last upstream status mapped as upstream's handler does. */
  static Resp exhausted(List<UpstreamResult> failures, boolean legacy) {
    if (legacy) {
      return legacyExhausted(failures);
    }
    UpstreamResult last = failures.isEmpty() ? null : failures.get(failures.size() - 1);
    int status = last == null || last.hostGap() ? 0 : last.status();
    switch (status) {
      case 429:
        return error(429, "rate_limit_error", "Upstream rate limit exceeded, please retry later");
      case 401:
        return error(502, "Upstream authentication failed, please contact administrator");
      case 403:
        return error(502, "Upstream access forbidden, please contact administrator");
      case 500:
      case 502:
      case 503:
      case 504:
        return error(502, "Upstream service temporarily unavailable");
      case 529:
        return error(503, "upstream_error", "Upstream service overloaded, please retry later");
      default:
        return error(502, "Upstream request failed");
    }
  }

  /** The simulator's old reading: a uniform 429/402 passed through, otherwise 502. */
  private static Resp legacyExhausted(List<UpstreamResult> failures) {
    if (!failures.isEmpty()) {
      UpstreamResult last = failures.get(failures.size() - 1);
      boolean uniform =
          failures.stream().allMatch(f -> f.status() == last.status() && !f.hostGap());
      if (uniform && (last.status() == 429 || last.status() == 402)) {
        return Resp.json(last.status(), last.body());
      }
    }
    return error(502, "Upstream request failed");
  }

  private static Resp error(int status, String message) {
    return error(status, "upstream_error", message);
  }

  private static Resp error(int status, String type, String message) {
    return SimError.openai(status, type, message).resp();
  }

  private static String message(Map<String, Object> body) {
    if (body != null && body.get("error") instanceof Map<?, ?> e && e.get("message") != null) {
      return String.valueOf(e.get("message"));
    }
    return "Upstream request failed";
  }
}
