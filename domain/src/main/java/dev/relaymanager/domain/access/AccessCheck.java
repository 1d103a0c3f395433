package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.ImportMode;
import java.time.Instant;
import java.util.Objects;

/** One verification of one mode of a provider: when, what it saw, and the verdict. */
public record AccessCheck(
    ImportMode mode, Instant checkedAt, AccessEvidence evidence, Verdict verdict) {
  public AccessCheck {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the mode was ready. */
  public boolean isReady() {
    return verdict.isReady();
  }

  /**
   * The mode's status: ready, {@code models_only} when the smoke model was listed but the check
   * still failed, else {@code broken}.
   */
  public AccessStatus status() {
    if (verdict.isReady()) {
      return AccessStatus.readyIn(mode);
    }
    return evidence.smokeModelListed() ? AccessStatus.MODELS_ONLY : AccessStatus.BROKEN;
  }
}
