package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.shared.SecretReference;
import java.time.Instant;

/** Maps {@link ProbeUser} to {@link ProbeUserRow} and back; only the password's reference. */
final class ProbeUserRows {
  private ProbeUserRows() {}

  static ProbeUserRow toRow(ProbeUser user, Instant updatedAt) {
    return new ProbeUserRow(
        user.hostId().value(),
        user.email().value(),
        user.password().toString(),
        SqliteInstants.text(updatedAt));
  }

  static ProbeUser toDomain(ProbeUserRow row) {
    return new ProbeUser(
        new HostId(row.hostId()),
        new EmailAddress(row.email()),
        SecretReference.parse("password_ref", row.passwordRef()));
  }
}
