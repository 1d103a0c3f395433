package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One host write of a batch, recorded before it is sent and settled after (PRODUCT §4, crash-safe).
 * A pending intent after a crash means the host may hold the object: look it up by {@code target}
 * name before redoing it.
 *
 * @param id the intent's number within its batch, from 1
 * @param target the host object's deterministic name
 * @param fingerprintHex the key's fingerprint for account writes, empty otherwise
 * @param hostObjectId the host's id once known, 0 before
 * @param detail the host's message when it failed, empty otherwise
 * @param settledAt when it was settled; equal to {@code recordedAt} while pending
 */
public record Intent(
    int id,
    IntentKind kind,
    String target,
    String fingerprintHex,
    IntentState state,
    IntentOrigin origin,
    long hostObjectId,
    String detail,
    Instant recordedAt,
    Instant settledAt) {

  public Intent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(fingerprintHex, "fingerprintHex");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(settledAt, "settledAt");
    if (id < 1) {
      throw InvalidInputException.of("intent.id", "must be >= 1");
    }
    if (origin != IntentOrigin.NONE && !(kind.isCreate() && state == IntentState.DONE)) {
      throw InvalidInputException.of("intent.origin", "only a done create has an origin");
    }
  }

  /** A new pending intent. */
  static Intent pending(
      int id, IntentKind kind, String target, String fingerprintHex, Instant now) {
    return new Intent(
        id, kind, target, fingerprintHex, IntentState.PENDING, IntentOrigin.NONE, 0, "", now, now);
  }

  /** This intent done: the host object {@code objectId}, created or adopted for creates. */
  Intent done(long objectId, IntentOrigin how, Instant now) {
    IntentOrigin settled = kind.isCreate() ? how : IntentOrigin.NONE;
    return new Intent(
        id, kind, target, fingerprintHex, IntentState.DONE, settled, objectId, "", recordedAt, now);
  }

  /** This intent refused by the host with {@code message}. */
  Intent failed(String message, Instant now) {
    return new Intent(
        id,
        kind,
        target,
        fingerprintHex,
        IntentState.FAILED,
        IntentOrigin.NONE,
        hostObjectId,
        message,
        recordedAt,
        now);
  }

  /** The key's fingerprint for account writes. */
  public Optional<KeyFingerprint> fingerprint() {
    return fingerprintHex.isEmpty()
        ? Optional.empty()
        : Optional.of(new KeyFingerprint(fingerprintHex));
  }

  /** The host object's id, once known. */
  public OptionalLong hostId() {
    return hostObjectId == 0 ? OptionalLong.empty() : OptionalLong.of(hostObjectId);
  }

  public boolean isPending() {
    return state == IntentState.PENDING;
  }

  /** Whether this batch made the host object (a done create that did not adopt). */
  public boolean createdObject() {
    return origin == IntentOrigin.CREATED;
  }
}
