package dev.relaymanager.domain.rollback;

/** Whether a rollback deletes objects it would otherwise keep to protect them ({@code --force}). */
public enum Force {
  /** Keep an object changed on the host since the batch created it, or used by another batch. */
  RESPECT_KEEPS,
  /** Delete those too; adopted and already gone objects are still never deleted. */
  OVERRIDE_KEEPS
}
