package dev.relaymanager.application.access;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The host writes of one access closure: sent, recorded in an import batch's journal when there is
 * one (announced before, settled with the host id after, created or found), and remembered for the
 * result: what happened to each object and the steps taken. One instance per closure, one thread.
 */
public final class ClosureWrites {
  private final BatchJournal journal; // null outside an import
  private final Map<HostObjectKind, ClosureOrigin> origins = new EnumMap<>(HostObjectKind.class);
  private final List<String> actions = new ArrayList<>();

  private ClosureWrites(BatchJournal journal) {
    this.journal = journal;
  }

  /** Writes recorded nowhere: a closure outside an import. */
  public static ClosureWrites unjournaled() {
    return new ClosureWrites(null);
  }

  /** Writes recorded in {@code journal}, the running import batch's. */
  public static ClosureWrites journaledIn(BatchJournal journal) {
    return new ClosureWrites(Objects.requireNonNull(journal, "journal"));
  }

  /** Creates the object named {@code target} with {@code call}; {@code idOf} reads its host id. */
  <T> T create(IntentKind kind, String target, Supplier<T> call, ToLongFunction<T> idOf) {
    T created = send(kind, target, call, idOf, IntentOrigin.CREATED);
    origins.put(kind.object(), ClosureOrigin.CREATED);
    return created;
  }

  /** Records that the object named {@code target}, host id {@code hostId}, was there already. */
  void found(IntentKind createKind, String target, long hostId) {
    if (journal != null) {
      journal.adopt((b, now) -> b.recordIntent(createKind, target, now), hostId);
    }
    origins.putIfAbsent(createKind.object(), ClosureOrigin.FOUND);
  }

  /** Changes an object found (rebinds a key, tops up or grants a user) with {@code call}. */
  <T> T change(IntentKind kind, String target, Supplier<T> call, ToLongFunction<T> idOf) {
    T changed = send(kind, target, call, idOf, IntentOrigin.NONE);
    if (kind == IntentKind.UPDATE_USER_KEY) {
      origins.put(kind.object(), ClosureOrigin.REBOUND);
    }
    return changed;
  }

  /** Notes a step taken, for the printed result, e.g. {@code key reused}. */
  void note(String action) {
    actions.add(action);
  }

  /** The steps taken, in order. */
  List<String> actions() {
    return List.copyOf(actions);
  }

  /** What the closure did with each of the probe user's objects so far. */
  ClosedObjects objects() {
    return new ClosedObjects(
        origin(HostObjectKind.USER),
        origin(HostObjectKind.SUBSCRIPTION),
        origin(HostObjectKind.USER_KEY));
  }

  private ClosureOrigin origin(HostObjectKind kind) {
    return origins.getOrDefault(kind, ClosureOrigin.NONE);
  }

  private <T> T send(
      IntentKind kind, String target, Supplier<T> call, ToLongFunction<T> idOf, IntentOrigin how) {
    if (journal == null) {
      return call.get();
    }
    return journal.write((b, now) -> b.recordIntent(kind, target, now), call, idOf, how);
  }
}
