package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/** Resolved admin credentials, in memory only, for one call session against a host. */
public sealed interface AdminCredentials {
  /** The admin API key itself. */
  record ApiKey(Secret key) implements AdminCredentials {
    public ApiKey {
      Objects.requireNonNull(key, "key");
    }
  }

  /** An admin's email and password, exchanged for a JWT by the adapter. */
  record Login(String email, Secret password) implements AdminCredentials {
    public Login {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(password, "password");
    }
  }
}
