package dev.relaymanager.adapter.http;

/** Tells {@code /readyz} whether the server can serve requests (e.g. the database answers). */
@FunctionalInterface
public interface ReadinessCheck {
  /** Whether the server is ready; must not throw. */
  boolean isReady();
}
