package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.DeleteOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Deletes host objects a batch created, each delete journaled on the batch: announced before it is
 * sent, settled after (an object already gone counts as deleted). Shared by compensation and
 * rollback.
 */
public final class HostDeletes {
  private final HostAdmin admin;
  private final BatchJournal journal;
  private final Clock clock;

  public HostDeletes(HostAdmin admin, BatchJournal journal, Clock clock) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Deletes the object of the done create {@code created}.
   *
   * @throws dev.relaymanager.domain.shared.HostRejectedException if the host refused (the delete is
   *     settled as failed)
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host did not answer (the
   *     delete stays pending, to be settled from a read-back later)
   */
  public DeleteOutcome delete(Intent created) {
    IntentKind kind = deleteKind(created.kind().object());
    return delete(created, () -> deleteOnHost(kind, created.hostObjectId()));
  }

  /**
   * Deletes the object of the done create {@code created} with {@code call}, for objects the admin
   * API does not delete (the probe user's); journaled and thrown like {@link #delete(Intent)}.
   */
  public DeleteOutcome delete(Intent created, Supplier<DeleteOutcome> call) {
    long id = created.hostObjectId();
    IntentKind kind = deleteKind(created.kind().object());
    return journal.write(
        (b, now) -> announce(b, kind, created, now), call, outcome -> id, IntentOrigin.NONE);
  }

  /** Records that the object of {@code created} is gone already: a done delete, no host call. */
  public void recordGone(Intent created) {
    IntentKind kind = deleteKind(created.kind().object());
    journal.update(
        b -> {
          ImportBatch announced = announce(b, kind, created, clock.instant());
          int intentId = announced.lastIntent().id();
          return announced.completeIntent(
              intentId, created.hostObjectId(), IntentOrigin.NONE, clock.instant());
        });
  }

  private static ImportBatch announce(
      ImportBatch batch, IntentKind kind, Intent created, Instant now) {
    return created.fingerprint().isPresent()
        ? batch.recordAccountIntent(kind, created.target(), created.fingerprint().get(), now)
        : batch.recordIntent(kind, created.target(), now);
  }

  private DeleteOutcome deleteOnHost(IntentKind kind, long id) {
    switch (kind) {
      case DELETE_CHANNEL:
        return admin.deleteChannel(id);
      case DELETE_ACCOUNT:
        return admin.deleteAccount(id);
      case DELETE_GROUP:
        return admin.deleteGroup(id);
      default:
        throw new AssertionError(kind);
    }
  }

  private static IntentKind deleteKind(HostObjectKind object) {
    switch (object) {
      case CHANNEL:
        return IntentKind.DELETE_CHANNEL;
      case ACCOUNT:
        return IntentKind.DELETE_ACCOUNT;
      case GROUP:
        return IntentKind.DELETE_GROUP;
      case USER_KEY:
        return IntentKind.DELETE_USER_KEY;
      case SUBSCRIPTION:
        return IntentKind.DELETE_SUBSCRIPTION;
      case USER:
        return IntentKind.DELETE_USER;
      default:
        throw new AssertionError(object);
    }
  }
}
