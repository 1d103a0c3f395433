package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.HostDeletes;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.rollback.RollbackPlan;
import dev.relaymanager.domain.rollback.RollbackStep;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The journaled deletes of one rollback, the probe user's objects through {@link UserSideObjects};
 * remembers the keys left to the group's delete when the user cannot log in (contract §7.4, §13).
 */
final class ObjectDeletes {
  private final HostDeletes deletes;
  private final UserSideObjects userSide;
  private final Host host;
  private final HostObjectRef deletedGroup; // null when the rollback keeps the group
  private final Set<HostObjectRef> unbound = new HashSet<>();

  ObjectDeletes(HostDeletes deletes, UserSideObjects userSide, Host host, RollbackPlan plan) {
    this.deletes = deletes;
    this.userSide = userSide;
    this.host = host;
    this.deletedGroup =
        plan.deletions().stream()
            .map(RollbackStep::object)
            .filter(o -> o.kind() == HostObjectKind.GROUP)
            .findFirst()
            .orElse(null);
  }

  HostDeletes hostDeletes() {
    return deletes;
  }

  /** Deletes the object of the done create {@code created}, journaled. */
  DeleteOutcome delete(Intent created) {
    HostObjectKind kind = created.kind().object();
    if (!kind.isUserSide()) {
      return deletes.delete(created);
    }
    return deletes.delete(created, userSide.deleteCall(host, kind, created.hostObjectId()));
  }

  /**
   * Why the key {@code ref}, which could not be deleted for {@code failure}, is handled by the
   * group's delete that follows (it unbinds every key of the group); empty for any other object, or
   * when the rollback does not delete the group.
   */
  Optional<String> leaveToGroupDelete(HostObjectRef ref, RuntimeException failure) {
    if (ref.kind() != HostObjectKind.USER_KEY || deletedGroup == null) {
      return Optional.empty();
    }
    unbound.add(ref);
    return Optional.of(
        "not deleted as the probe user ("
            + failure.getMessage()
            + "); deleting "
            + deletedGroup
            + " unbinds it");
  }

  /** Whether {@code ref} is a key left to the group's delete: still on the host, unbound. */
  boolean unboundByGroup(HostObjectRef ref) {
    return unbound.contains(ref);
  }
}
