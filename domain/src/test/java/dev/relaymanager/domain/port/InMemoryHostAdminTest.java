package dev.relaymanager.domain.port;

import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Holds the in-memory host to the same contract as the sub2api adapter on the simulated host. */
class InMemoryHostAdminTest extends HostAdminContract {
  private final AtomicInteger keys = new AtomicInteger();
  private InMemoryHostAdmin host;

  @Override
  protected HostAdmin newHostAdmin() {
    host = new InMemoryHostConnector().host();
    return host;
  }

  /** The answers the simulated DeepSeek gives (docs/simulated-host.md, simulated providers). */
  @Override
  public String keyAnswering(UpstreamAnswer answer) {
    String key = "sk-fake-" + answer.name().toLowerCase(Locale.ROOT) + "-" + keys.incrementAndGet();
    KeyFingerprint fingerprint = Secret.of(key).fingerprint();
    if (answer == UpstreamAnswer.BAD_AUTH) {
      host.providerAnswers(fingerprint, 401, "{\"error\":{\"message\":\"Authentication Fails\"}}");
    } else if (answer == UpstreamAnswer.NO_QUOTA) {
      host.providerAnswers(fingerprint, 402, "{\"error\":{\"message\":\"Insufficient Balance\"}}");
    } else {
      host.providerAnswers(fingerprint, 429, "{\"error\":{\"message\":\"Rate limit reached\"}}");
    }
    return key;
  }

  @Override
  public void editGroupLimitByHand(long groupId, LimitWindow window, BigDecimal usd) {
    LiveGroup g = host.findGroup(groupId).orElseThrow();
    Map<LimitWindow, BigDecimal> limits = new EnumMap<>(LimitWindow.class);
    limits.putAll(g.limitsUsd());
    limits.remove(window);
    if (usd != null) {
      limits.put(window, usd);
    }
    host.objects()
        .replaceGroup(
            new LiveGroup(
                g.id(),
                g.name(),
                g.description(),
                g.platform(),
                g.subscriptionType(),
                g.rateMultiplier(),
                g.exclusive(),
                g.status(),
                limits));
  }

  @Override
  public void dropChannelRoutes() {
    host.dropChannels();
  }
}
