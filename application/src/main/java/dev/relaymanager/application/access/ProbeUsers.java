package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.Secret;
import java.util.Optional;

/** Finds the probe user on the host, or creates it (marked, with its password) once. */
final class ProbeUsers {
  private ProbeUsers() {}

  /** The live probe user; {@code writes} learns whether it was created or reused. */
  static LiveUser ensure(HostUsers users, ProbeUser probe, Secret password, ClosureWrites writes) {
    String email = probe.email().value();
    Optional<LiveUser> found = users.findUserByEmail(email);
    if (found.isEmpty()) {
      try {
        LiveUser created =
            writes.create(
                IntentKind.CREATE_USER,
                email,
                () -> users.createUser(probe.draft(password)),
                LiveUser::id);
        writes.note("probe user created");
        return created;
      } catch (ConflictException raced) {
        found = Optional.of(users.findUserByEmail(email).orElseThrow(() -> raced));
      }
    }
    writes.found(IntentKind.CREATE_USER, email, found.get().id());
    writes.note("probe user reused");
    return found.get();
  }
}
