package dev.relaymanager.application.access;

import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/**
 * The result of {@link CloseAccess}: the printable {@link #setup()} and the probe user's key, held
 * in memory for the verification that follows and never rendered.
 */
public final class ClosedAccess {
  private final AccessSetup setup;
  private final Secret key;

  ClosedAccess(AccessSetup setup, Secret key) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** What was done; safe to print. */
  public AccessSetup setup() {
    return setup;
  }

  /** The user key to verify with, e.g. through {@link CheckAccess.KeySource.Given}. */
  public Secret key() {
    return key;
  }

  @Override
  public String toString() {
    return "ClosedAccess[" + setup + "]";
  }
}
