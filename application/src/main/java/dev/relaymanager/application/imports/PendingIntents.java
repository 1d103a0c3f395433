package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Marker;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Settles the writes an interrupted batch left pending by looking at the host. A create whose
 * object is there (with our marker) is done: created if the marker names this batch, adopted
 * otherwise. A create whose object is not there, and any other pending write, is settled as failed;
 * the import then plans again and redoes what is still needed (an account create with the same
 * Idempotency-Key). The probe user's objects are left to the access step.
 */
final class PendingIntents {
  private final HostAdmin admin;
  private final Blueprint blueprint;
  private final BatchJournal journal;
  private final Clock clock;

  PendingIntents(HostAdmin admin, Blueprint blueprint, BatchJournal journal, Clock clock) {
    this.admin = admin;
    this.blueprint = blueprint;
    this.journal = journal;
    this.clock = clock;
  }

  void resolve() {
    for (Intent intent : journal.current().pendingIntents()) {
      if (intent.kind().object().isUserSide()) {
        continue; // the access step looks these up (ImportAccess.settlePending)
      }
      Optional<Found> found = intent.kind().isCreate() ? lookUp(intent) : Optional.empty();
      if (found.isPresent()) {
        journal.update(b -> done(b, intent, found.get()));
      } else {
        String why =
            intent.kind().isCreate()
                ? "interrupted; the object was not on the host, so it is done again"
                : "interrupted before the host answered; planned again";
        journal.update(b -> b.failIntent(intent.id(), why, clock.instant()));
      }
    }
  }

  /** An object of ours on the host: its id and the free text holding its marker. */
  private record Found(long id, String markerText) {}

  private ImportBatch done(ImportBatch batch, Intent intent, Found found) {
    IntentOrigin origin = IntentOrigin.ofFound(found.markerText(), batch.id());
    return batch.completeIntent(intent.id(), found.id(), origin, clock.instant());
  }

  private Optional<Found> lookUp(Intent intent) {
    String name = intent.target();
    switch (intent.kind().object()) {
      case GROUP:
        return ours(admin.findGroupsNamed(name), LiveGroup::id, LiveGroup::description);
      case CHANNEL:
        return ours(admin.findChannelsNamed(name), LiveChannel::id, LiveChannel::description);
      case ACCOUNT:
        List<LiveAccount> named =
            admin.findAccountsNamedLike(name).stream().filter(a -> a.name().equals(name)).toList();
        return ours(named, LiveAccount::id, LiveAccount::notes);
      default:
        throw new AssertionError(intent);
    }
  }

  // This batch's object first (its write went through), else the oldest one of ours.
  private <T> Optional<Found> ours(
      List<T> candidates, ToLongFunction<T> idOf, Function<T, String> textOf) {
    return candidates.stream()
        .map(c -> new Found(idOf.applyAsLong(c), textOf.apply(c)))
        .filter(f -> markedForProvider(f.markerText()))
        .min(
            Comparator.comparing(
                    (Found f) -> IntentOrigin.ofFound(f.markerText(), journal.current().id()))
                .thenComparingLong(Found::id));
  }

  private boolean markedForProvider(String text) {
    return Marker.parse(text)
        .filter(m -> m.names(blueprint.names().pack(), blueprint.names().provider()))
        .isPresent();
  }
}
