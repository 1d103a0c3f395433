package dev.relaymanager.acceptance.simhost.upstream;

import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * An account's upstream: its URL, its calls, and the state changes an answer causes (§6, §10.3).
 */
public final class AccountUpstream {
  private static final long RATE_LIMIT_SECONDS = 60;
  private final SimState state;
  private final UpstreamSim sim;

  /** Account calls over one host's state. */
  public AccountUpstream(SimState state, UpstreamSim sim) {
    this.state = state;
    this.sim = sim;
  }

  /** The Chat Completions URL the host would call, or empty for an invalid base URL. */
  public Optional<URI> chatUrl(AccountRow a) {
    String base = a.credential("base_url");
    if (base == null || base.isBlank()) {
      base = defaultBase(a);
    }
    boolean bug = state.knobs.zhipuUrlBug && !"zhipu".equals(a.platform);
    return UpstreamUrls.parse(UpstreamUrls.chatCompletions(base.trim(), bug));
  }

  private static String defaultBase(AccountRow a) {
    boolean coding = "coding".equals(a.credential("account_mode"));
    switch (a.platform == null ? "" : a.platform) {
      case "deepseek":
        return "https://api.deepseek.com";
      case "kimi":
        return coding ? "https://api.kimi.com/coding/v1" : "https://api.moonshot.cn/v1";
      case "zhipu":
        return coding
            ? "https://open.bigmodel.cn/api/coding/paas/v4"
            : "https://open.bigmodel.cn/api/paas/v4";
      case "minimax":
        return "https://api.minimaxi.com/v1";
      case "openai":
        return "https://api.openai.com/v1";
      default:
        return "https://api.anthropic.com";
    }
  }

  /** The upstream model for a requested one, through the account's mapping. */
  public static String mapModel(AccountRow a, String requested) {
    String mapped = a.modelMapping().get(requested);
    return mapped == null || "*".equals(requested) ? requested : mapped;
  }

  /** True when the account's mapping allows the model (an empty mapping allows all). */
  public static boolean serves(AccountRow a, String requested) {
    var mapping = a.modelMapping();
    return mapping.isEmpty() || mapping.containsKey(requested) || mapping.containsKey("*");
  }

  /** Calls the provider as the host does for this account. */
  public UpstreamResult call(AccountRow a, URI url, String upstreamModel) {
    return sim.chat(url, a.credential("api_key"), upstreamModel, "host", a.id);
  }

  /** The account state change an upstream answer causes. */
  public void record(AccountRow a, UpstreamResult r, String errorText) {
    if (r.ok()) {
      a.lastUsedAt = state.now();
      return;
    }
    if (List.of(401, 402, 403).contains(r.status())) {
      a.status = "error";
      a.errorMessage = errorText;
    } else if (r.status() == 429) {
      a.rateLimitedAt = state.now();
      a.rateLimitResetAt = SimState.rfc3339(state.instant().plusSeconds(RATE_LIMIT_SECONDS));
    }
    a.updatedAt = state.now();
  }

  /** True when the account can take traffic right now (§5.4, findings §2). */
  public boolean schedulable(AccountRow a) {
    boolean expired =
        a.expiresAt != null
            && a.autoPauseOnExpired
            && a.expiresAt <= state.instant().getEpochSecond();
    return !a.deleted()
        && "active".equals(a.status)
        && a.schedulable
        && !state.inFuture(a.tempUnschedulableUntil)
        && !state.inFuture(a.rateLimitResetAt)
        && !state.inFuture(a.overloadUntil)
        && !expired;
  }
}
