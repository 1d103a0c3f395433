package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessEvidence;
import dev.relaymanager.domain.access.AccessJudge;
import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.access.UpstreamComparison;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.port.HostGateway;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies one mode with one user key (contract §13, step 8): the listing (polled), the usage
 * self-check, then the smoke completion; a 502 is compared with the provider's own answer.
 */
final class ModeVerifier {
  private final AccessSessions sessions;
  private final ModelPoller poller;
  private final UpstreamComparer comparer;
  private final Clock clock;

  ModeVerifier(AccessSessions sessions, ModelPoller poller, Clock clock) {
    this.sessions = sessions;
    this.poller = poller;
    this.comparer = new UpstreamComparer(sessions);
    this.clock = clock;
  }

  /** The check of {@code mode}. */
  AccessCheck verify(
      AccessTarget target,
      ImportMode mode,
      UserKey userKey,
      ModelPolling polling,
      List<Secret> upstreamKeys) {
    Instant at = clock.instant();
    if (userKey instanceof UserKey.Unusable) {
      return new AccessCheck(
          mode, at, AccessEvidence.none(), ((UserKey.Unusable) userKey).failure());
    }
    Secret key = ((UserKey.Usable) userKey).key();
    HostGateway gateway = sessions.gateway(target.host());
    ModelId smoke = target.spec().smokeTestModel();
    ModelPoller.Polled polled = poller.poll(gateway, key, smoke, polling);
    UsageAnswer usage = gateway.usage(key);
    AccessEvidence evidence =
        AccessEvidence.ofListing(
            polled.listing(), AccessJudge.lists(polled.listing(), smoke), polled.polls(), usage);
    Optional<Verdict.Failed> listingFailure =
        AccessJudge.judgeListing(polled.listing(), smoke, polled.polls());
    if (listingFailure.isPresent()) {
      return new AccessCheck(mode, at, evidence, listingFailure.get());
    }
    ChatAnswer chat = gateway.chat(key, smoke, target.spec().smoke().maxTokens());
    UpstreamComparison comparison =
        AccessJudge.needsComparison(chat)
            ? comparer.compare(target, upstreamKeys)
            : new UpstreamComparison.None();
    return new AccessCheck(
        mode, at, evidence.withChat(chat), AccessJudge.judgeChat(chat, comparison));
  }
}
