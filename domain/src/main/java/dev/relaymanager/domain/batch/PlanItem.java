package dev.relaymanager.domain.batch;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the import will do with one desired host object.
 *
 * @param <D> the draft type: group, channel or account
 */
public sealed interface PlanItem<D> {
  /** The word shown in previews: {@code create}, {@code update}, {@code adopt}, ... */
  String action();

  /** The host object's id when it exists already. */
  OptionalLong hostId();

  /** Whether executing the item writes to the host. */
  boolean writes();

  /** Nothing of ours is on the host: create it. */
  record Create<D>(D draft) implements PlanItem<D> {
    public Create {
      Objects.requireNonNull(draft, "draft");
    }

    @Override
    public String action() {
      return "create";
    }

    @Override
    public OptionalLong hostId() {
      return OptionalLong.empty();
    }

    @Override
    public boolean writes() {
      return true;
    }
  }

  /** Ours is on the host with drifted settings: send {@code draft} (adopting it if unrecorded). */
  record Update<D>(long id, D draft, List<FieldDiff> diffs) implements PlanItem<D> {
    public Update {
      Objects.requireNonNull(draft, "draft");
      diffs = List.copyOf(diffs);
      if (diffs.isEmpty()) {
        throw new IllegalStateException("an update needs at least one diff");
      }
    }

    @Override
    public String action() {
      return "update";
    }

    @Override
    public OptionalLong hostId() {
      return OptionalLong.of(id);
    }

    @Override
    public boolean writes() {
      return true;
    }
  }

  /** Ours is on the host as desired but not yet recorded (a crashed or earlier run): reuse it. */
  record Adopt<D>(long id) implements PlanItem<D> {
    @Override
    public String action() {
      return "adopt";
    }

    @Override
    public OptionalLong hostId() {
      return OptionalLong.of(id);
    }

    @Override
    public boolean writes() {
      return false;
    }
  }

  /** Ours is on the host as desired and already recorded. */
  record Noop<D>(long id) implements PlanItem<D> {
    @Override
    public String action() {
      return "noop";
    }

    @Override
    public OptionalLong hostId() {
      return OptionalLong.of(id);
    }

    @Override
    public boolean writes() {
      return false;
    }
  }

  /**
   * An object that is not ours holds the name (no marker, or another provider's): the manager never
   * touches it, so this object cannot be imported until the operator resolves it.
   */
  record Blocked<D>(long id, String reason) implements PlanItem<D> {
    public Blocked {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String action() {
      return "blocked";
    }

    @Override
    public OptionalLong hostId() {
      return OptionalLong.of(id);
    }

    @Override
    public boolean writes() {
      return false;
    }
  }
}
