package dev.relaymanager.domain.access;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.util.Objects;

/**
 * The ordinary user through whom the manager proves access on one host: the email and where its
 * password can be read. The password itself is never stored.
 */
public record ProbeUser(HostId hostId, EmailAddress email, SecretReference password) {
  public ProbeUser {
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }

  /** The login of this user with {@code secret}, the resolved password, in memory only. */
  public UserLogin login(Secret secret) {
    return new UserLogin(email.value(), secret);
  }

  /** What the manager creates when the user does not exist yet: marked as the manager's. */
  public UserDraft draft(Secret secret) {
    return new UserDraft(email.value(), secret, email.localPart(), ProbeNames.USER_NOTES);
  }
}
