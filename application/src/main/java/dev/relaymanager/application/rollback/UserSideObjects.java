package dev.relaymanager.application.rollback;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The probe user's objects (user, subscriptions, keys) for a rollback: read back and deleted
 * through the users API. Implemented by {@code application.access.ProbeUserObjects}.
 */
public interface UserSideObjects {
  /** No users API: refuses batches that hold any of the probe user's objects. */
  UserSideObjects NONE =
      new UserSideObjects() {
        @Override
        public LiveState readBack(Host host, List<ImportBatch> batches, LiveState adminPart) {
          boolean holds =
              batches.stream()
                  .flatMap(b -> b.intents().stream())
                  .anyMatch(i -> i.kind().object().isUserSide());
          if (holds) {
            throw new ConflictException(
                "the batches hold the probe user's objects and this rollback has no users API");
          }
          return adminPart;
        }

        @Override
        public Supplier<DeleteOutcome> deleteCall(Host host, HostObjectKind kind, long id) {
          throw new ConflictException("this rollback has no users API");
        }
      };

  /**
   * {@code adminPart} with the probe user's objects that {@code batches} created or adopted, as the
   * host returns them now (an absent one is gone).
   */
  LiveState readBack(Host host, List<ImportBatch> batches, LiveState adminPart);

  /**
   * The call that deletes object {@code id} of {@code kind}, a user-side kind; prepared now, so
   * that a missing probe user or a host that blocks user logins is refused before anything is
   * recorded.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the key cannot be deleted as
   *     the user (no probe user, unreadable password, backend mode)
   */
  Supplier<DeleteOutcome> deleteCall(Host host, HostObjectKind kind, long id);
}
