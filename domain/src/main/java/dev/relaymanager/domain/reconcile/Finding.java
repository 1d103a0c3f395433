package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One difference between what the manager recorded and what the host holds, with a hint. */
public sealed interface Finding {
  /** The object concerned: for a duplicate, the copy that is kept. */
  HostObjectRef object();

  /** What the operator can do about it. */
  String hint();

  /** The finding's name in output and storage, e.g. {@code orphaned}. */
  String code();

  /** The finding as one line, without the hint. */
  String describe();

  default HostObjectKind kind() {
    return object().kind();
  }

  default long hostId() {
    return object().id();
  }

  /** Recorded by the manager, absent from the host. */
  record Missing(HostObjectRef object, String hint) implements Finding {
    public Missing {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String code() {
      return "missing";
    }

    @Override
    public String describe() {
      return object + " is recorded but not on the host";
    }
  }

  /** On the host with fields that differ from the desired ones. */
  record Changed(HostObjectRef object, List<FieldDiff> diffs, String hint) implements Finding {
    public Changed {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(hint, "hint");
      diffs = List.copyOf(diffs);
      if (diffs.isEmpty()) {
        throw new IllegalStateException("a change needs at least one diff");
      }
    }

    @Override
    public String code() {
      return "changed";
    }

    @Override
    public String describe() {
      return object
          + " differs: "
          + diffs.stream().map(FieldDiff::toString).collect(Collectors.joining("; "));
    }
  }

  /** Carries our prefix and marker but no record holds it (e.g. a crashed or foreign run). */
  record Orphaned(HostObjectRef object, String hint) implements Finding {
    public Orphaned {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String code() {
      return "orphaned";
    }

    @Override
    public String describe() {
      return object + " is ours but not recorded";
    }
  }

  /** Several of ours hold one name: {@code object} is kept, {@code extraIds} are the copies. */
  record Duplicate(HostObjectRef object, List<Long> extraIds, String hint) implements Finding {
    public Duplicate {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(hint, "hint");
      extraIds = List.copyOf(extraIds);
      if (extraIds.isEmpty()) {
        throw new IllegalStateException("a duplicate needs at least one extra copy");
      }
    }

    @Override
    public String code() {
      return "duplicate";
    }

    @Override
    public String describe() {
      return object + " has copies " + extraIds;
    }
  }

  /** An account the host marked in error, rate limited or paused; {@code reason} says which. */
  record Unhealthy(HostObjectRef object, String reason, String hint) implements Finding {
    public Unhealthy {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String code() {
      return "unhealthy";
    }

    @Override
    public String describe() {
      return object + " is unhealthy: " + reason;
    }
  }
}
