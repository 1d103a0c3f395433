package dev.relaymanager.acceptance.simhost.upstream;

import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UpstreamBehavior;
import dev.relaymanager.acceptance.simhost.state.UpstreamCall;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The simulated provider: answers by URL and upstream key, never touching the network. */
public final class UpstreamSim {
  private static final Map<String, List<String>> MODELS =
      Map.of(
          "deepseek", List.of("deepseek-chat", "deepseek-reasoner"),
          "moonshot", List.of("kimi-k2-0905-preview", "moonshot-v1-8k"),
          "zhipu", List.of("glm-4.6", "glm-4.5-air"),
          "minimax", List.of("MiniMax-M2"),
          "qwen", List.of("qwen-plus", "qwen-max"),
          "generic", List.of("sim-chat"));
  private final SimState state;

  /** A provider simulation over one host's state (behaviours, call log, knobs). */
  public UpstreamSim(SimState state) {
    this.state = state;
  }

  /** The behaviour for a key: an explicit setting, else the key prefix convention. */
  public UpstreamBehavior behavior(String apiKey) {
    UpstreamBehavior explicit = state.upstreamBehaviors.get(apiKey);
    return explicit != null ? explicit : UpstreamBehavior.fromKeyPrefix(apiKey);
  }

  /** A Chat Completions call to {@code url}; {@code via} is {@code host} or {@code direct}. */
  public UpstreamResult chat(URI url, String apiKey, String model, String via, Long accountId) {
    UpstreamResult r = answer(url, apiKey, model);
    state.upstreamCalls.add(
        new UpstreamCall(url.toString(), via, accountId, hint(apiKey), model, r.status()));
    return r;
  }

  private UpstreamResult answer(URI url, String apiKey, String model) {
    if (!UpstreamUrls.servesChat(url.getPath())) {
      return ProviderErrors.notFound();
    }
    String provider = UpstreamUrls.provider(url);
    UpstreamBehavior b = behavior(apiKey);
    if (apiKey == null || apiKey.isEmpty() || b == UpstreamBehavior.BADAUTH) {
      return ProviderErrors.badAuth(provider);
    }
    String lower = model == null ? "" : model.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.startsWith("gpt-") || lower.startsWith("claude-")) {
      return ProviderErrors.unknownModel(model);
    }
    switch (b) {
      case NOQUOTA:
        return ProviderErrors.noQuota(provider);
      case RATELIMIT:
        return ProviderErrors.rateLimited();
      case SLOW:
        return new UpstreamResult(200, completion(model), state.knobs.slowUpstreamMillis, false);
      case HOSTGAP:
        return new UpstreamResult(200, completion(model), 0, true);
      default:
        return new UpstreamResult(200, completion(model), 0, false);
    }
  }

  /** A {@code GET …/models} call: the provider's model list, or its auth error. */
  public UpstreamResult models(URI url, String apiKey) {
    String provider = UpstreamUrls.provider(url);
    if (apiKey == null || apiKey.isEmpty() || behavior(apiKey) == UpstreamBehavior.BADAUTH) {
      return ProviderErrors.badAuth(provider);
    }
    List<Map<String, Object>> data = new ArrayList<>();
    for (String id : MODELS.getOrDefault(provider, MODELS.get("generic"))) {
      data.add(Map.of("id", id, "object", "model", "owned_by", provider));
    }
    return new UpstreamResult(200, Map.of("object", "list", "data", data), 0, false);
  }

  private Map<String, Object> completion(String model) {
    Map<String, Object> message = Map.of("role", "assistant", "content", "pong");
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("index", 0);
    choice.put("message", message);
    choice.put("finish_reason", "stop");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "chatcmpl-sim-" + state.nextId());
    body.put("object", "chat.completion");
    body.put("created", state.instant().getEpochSecond());
    body.put("model", model);
    body.put("choices", List.of(choice));
    body.put("usage", Map.of("prompt_tokens", 5, "completion_tokens", 1, "total_tokens", 6));
    return body;
  }

  private static String hint(String key) {
    return key == null || key.length() < 4 ? "" : key.substring(key.length() - 4);
  }
}
