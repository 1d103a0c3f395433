package dev.relaymanager.application.access;

import java.util.Objects;

/** Which of the probe user's objects one access closure created and which it found. */
public record ClosedObjects(ClosureOrigin user, ClosureOrigin subscription, ClosureOrigin key) {
  public ClosedObjects {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(key, "key");
  }
}
