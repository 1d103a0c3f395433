package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * One host object as rollback, reconcile and their plans name it: its kind, host id and name.
 *
 * @param name the object's name on the host, or its deterministic name when it is gone
 */
public record HostObjectRef(HostObjectKind kind, long id, String name) {
  public HostObjectRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (id <= 0) {
      throw InvalidInputException.of("host_object_id", "must be > 0");
    }
  }

  @Override
  public String toString() {
    return kind.wireName() + " " + name + " (id " + id + ")";
  }
}
