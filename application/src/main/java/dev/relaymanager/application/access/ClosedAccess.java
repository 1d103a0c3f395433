package dev.relaymanager.application.access;

import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/**
 * The result of {@link CloseAccess}: the printable {@link #setup()}, which objects it created or
 * found, and the probe user's key, held in memory for the verification and never rendered.
 */
public final class ClosedAccess {
  private final AccessSetup setup;
  private final ClosedObjects objects;
  private final Secret key;

  ClosedAccess(AccessSetup setup, ClosedObjects objects, Secret key) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.objects = Objects.requireNonNull(objects, "objects");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** What was done; safe to print. */
  public AccessSetup setup() {
    return setup;
  }

  /** Which of the probe user's objects the closure created, found or rebound. */
  public ClosedObjects objects() {
    return objects;
  }

  /** The user key to verify with, e.g. through {@link CheckAccess.KeySource.Given}. */
  public Secret key() {
    return key;
  }

  @Override
  public String toString() {
    return "ClosedAccess[" + setup + " " + objects + "]";
  }
}
