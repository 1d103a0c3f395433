package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Optional;

/** Finds the probe user on the host, or creates it (marked, with its password) once. */
final class ProbeUsers {
  private ProbeUsers() {}

  /** The live probe user; {@code actions} learns whether it was created or reused. */
  static LiveUser ensure(HostUsers users, ProbeUser probe, Secret password, List<String> actions) {
    Optional<LiveUser> found = users.findUserByEmail(probe.email().value());
    if (found.isPresent()) {
      actions.add("probe user reused");
      return found.get();
    }
    try {
      LiveUser created = users.createUser(probe.draft(password));
      actions.add("probe user created");
      return created;
    } catch (ConflictException raced) {
      actions.add("probe user reused");
      return users.findUserByEmail(probe.email().value()).orElseThrow(() -> raced);
    }
  }
}
