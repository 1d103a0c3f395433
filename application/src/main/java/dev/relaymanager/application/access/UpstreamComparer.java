package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.UpstreamComparison;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.ModelOffer;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Optional;

/**
 * Asks the provider itself after the gateway answered 502: directly with an upstream key still in
 * memory (during an import), else through the host's account test of one of the provider's
 * accounts, whose error text carries the provider's answer.
 */
final class UpstreamComparer {
  private final AccessSessions sessions;

  UpstreamComparer(AccessSessions sessions) {
    this.sessions = sessions;
  }

  /** The provider's answer to the smoke request, or {@code None} when it cannot be asked. */
  UpstreamComparison compare(AccessTarget target, List<Secret> upstreamKeys) {
    ProviderSpec spec = target.spec();
    ModelId smoke = spec.smokeTestModel();
    if (!upstreamKeys.isEmpty()) {
      ModelId upstream = spec.model(smoke).map(ModelOffer::upstreamId).orElse(smoke);
      return new UpstreamComparison.Direct(
          sessions
              .provider()
              .chat(spec.baseUrl(), upstreamKeys.get(0), upstream, spec.smoke().maxTokens()));
    }
    Optional<Long> account = target.provider().accountIds().values().stream().min(Long::compare);
    if (account.isEmpty()) {
      return new UpstreamComparison.None();
    }
    try {
      return new UpstreamComparison.AccountTest(
          sessions.admin(target.host()).testAccount(account.get(), smoke));
    } catch (HostUnreachableException | HostRejectedException | NotFoundException e) {
      return new UpstreamComparison.None();
    }
  }
}
