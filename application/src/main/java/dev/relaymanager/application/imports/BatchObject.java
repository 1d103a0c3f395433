package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.Intent;

/**
 * One host write of a batch as shown to operators.
 *
 * @param action the intent's kind, e.g. {@code create_group} or {@code pause_account}
 * @param name the host object's deterministic name
 * @param state {@code pending}, {@code done} or {@code failed}
 * @param origin for done creates, {@code created} or {@code adopted}; null otherwise
 * @param hostId the host's id of the object once known, else null
 * @param detail the host's message when it failed, else null
 */
public record BatchObject(
    String action, String name, String state, String origin, Long hostId, String detail) {

  static BatchObject of(Intent intent) {
    return new BatchObject(
        intent.kind().wireName(),
        intent.target(),
        intent.state().wireName(),
        intent.kind().isCreate() && intent.hostId().isPresent() ? intent.origin().wireName() : null,
        intent.hostId().isPresent() ? intent.hostObjectId() : null,
        intent.detail().isEmpty() ? null : intent.detail());
  }
}
