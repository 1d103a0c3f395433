package dev.relaymanager.application.access;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.port.HostUsers;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Settles the closure writes an interrupted batch left pending by looking at the host: the user by
 * email, the subscription by user and group, the key by its deterministic name. A create whose
 * object is there was done: created when it carries the manager's notes (the closure creates only
 * after finding none), adopted otherwise. Anything else is settled as not done and closed again.
 */
final class PendingClosure {
  private final HostUsers users;
  private final AccessTarget target;
  private final BatchJournal journal;

  PendingClosure(HostUsers users, AccessTarget target, BatchJournal journal) {
    this.users = users;
    this.target = target;
    this.journal = journal;
  }

  /** Whether {@code batch} has closure writes pending. */
  static boolean hasPending(ImportBatch batch) {
    return batch.pendingIntents().stream().anyMatch(i -> i.kind().object().isUserSide());
  }

  void settle() {
    for (Intent intent : journal.current().pendingIntents()) {
      if (!intent.kind().object().isUserSide()) {
        continue;
      }
      Optional<Found> found = intent.kind().isCreate() ? lookUp(intent) : Optional.empty();
      if (found.isPresent()) {
        journal.settleFound(intent.id(), found.get().id(), found.get().origin());
      } else {
        journal.settleNotDone(intent.id(), "interrupted; not on the host, so it is done again");
      }
    }
  }

  private record Found(long id, IntentOrigin origin) {}

  private Optional<Found> lookUp(Intent intent) {
    switch (intent.kind().object()) {
      case USER:
        return users
            .findUserByEmail(intent.target())
            .map(u -> new Found(u.id(), origin(u.notes().equals(ProbeNames.USER_NOTES))));
      case SUBSCRIPTION:
        return userId().isEmpty() ? Optional.empty() : subscription(userId().getAsLong());
      case USER_KEY:
        return userId().isEmpty() ? Optional.empty() : key(userId().getAsLong(), intent.target());
      default:
        throw new AssertionError(intent);
    }
  }

  private Optional<Found> subscription(long userId) {
    String notes = ProbeNames.subscriptionNotes(target.names());
    List<LiveSubscription> found =
        users.findSubscriptions(userId, target.groupId(journal.current().header().mode()));
    return found.stream()
        .filter(LiveSubscription::isActive)
        .min(Comparator.comparing((LiveSubscription s) -> !s.notes().equals(notes)))
        .map(s -> new Found(s.id(), origin(s.notes().equals(notes))));
  }

  private Optional<Found> key(long userId, String name) {
    return users.listUserKeys(userId).stream()
        .filter(k -> k.name().equals(name))
        .min(Comparator.comparingLong(LiveUserKey::id))
        .map(k -> new Found(k.id(), IntentOrigin.CREATED));
  }

  // The probe user the batch holds: its done user create, created or adopted.
  private OptionalLong userId() {
    return journal.current().intents().stream()
        .filter(i -> i.kind() == IntentKind.CREATE_USER && i.state() == IntentState.DONE)
        .mapToLong(Intent::hostObjectId)
        .reduce((first, last) -> last);
  }

  private static IntentOrigin origin(boolean marked) {
    return marked ? IntentOrigin.CREATED : IntentOrigin.ADOPTED;
  }
}
