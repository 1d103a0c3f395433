package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.ImportTarget;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.port.HostAdmin;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Reads back, by id, every host object some batches created or adopted, the probe user's through
 * {@link UserSideObjects}: what a rollback plans against and checks afterwards (a renamed object is
 * still found; an absent one is gone).
 */
final class ReadBack {
  private ReadBack() {}

  static LiveState of(ImportTarget target, UserSideObjects userSide, List<ImportBatch> batches) {
    HostAdmin admin = target.admin();
    LiveState adminPart =
        new LiveState(
            read(ids(batches, HostObjectKind.GROUP), admin::findGroup),
            read(ids(batches, HostObjectKind.CHANNEL), admin::findChannel),
            read(ids(batches, HostObjectKind.ACCOUNT), admin::findAccount));
    return userSide.readBack(target.host(), batches, adminPart);
  }

  /** Whether {@code live} holds the object {@code ref}. */
  static boolean holds(LiveState live, HostObjectRef ref) {
    return live.holds(ref.kind(), ref.id());
  }

  private static Set<Long> ids(List<ImportBatch> batches, HostObjectKind kind) {
    return batches.stream()
        .flatMap(b -> b.intents().stream())
        .filter(i -> i.kind().isCreate() && i.kind().object() == kind)
        .filter(i -> i.state() == IntentState.DONE)
        .map(Intent::hostObjectId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static <T> List<T> read(Set<Long> ids, LongFunction<Optional<T>> find) {
    return ids.stream().map(id -> find.apply(id)).flatMap(Optional::stream).toList();
  }
}
