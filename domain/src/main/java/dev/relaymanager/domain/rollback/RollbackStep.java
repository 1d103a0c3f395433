package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a rollback does with one host object the batch holds: delete it, or keep it and why. */
public sealed interface RollbackStep {
  HostObjectRef object();

  /** The line shown in the plan, e.g. {@code delete account rm-x (id 101)}. */
  String describe();

  default HostObjectKind kind() {
    return object().kind();
  }

  default long hostId() {
    return object().id();
  }

  default String name() {
    return object().name();
  }

  /**
   * The batch created the object: delete it. {@code overridden} holds the reasons {@code --force}
   * overrode; empty for an ordinary delete.
   */
  record Delete(HostObjectRef object, List<KeepReason> overridden) implements RollbackStep {
    public Delete {
      Objects.requireNonNull(object, "object");
      overridden = List.copyOf(overridden);
    }

    @Override
    public String describe() {
      return overridden.isEmpty()
          ? "delete " + object
          : "delete " + object + ", forced although " + texts(overridden);
    }
  }

  /** The object stays on the host, for {@code reasons} (at least one). */
  record Keep(HostObjectRef object, List<KeepReason> reasons) implements RollbackStep {
    public Keep {
      Objects.requireNonNull(object, "object");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalStateException("a keep needs a reason");
      }
    }

    /** Whether the object is left behind, so that the batch ends {@code rollback_failed}. */
    public boolean leavesObjectBehind() {
      return reasons.stream().anyMatch(KeepReason::leavesObjectBehind);
    }

    @Override
    public String describe() {
      return "keep " + object + ": " + texts(reasons);
    }
  }

  private static String texts(List<KeepReason> reasons) {
    return reasons.stream().map(KeepReason::text).collect(Collectors.joining("; "));
  }
}
