package dev.relaymanager.domain.access;

import java.util.Objects;

/** An ordinary user's login on a host, in memory only: the email and the password. */
public record UserLogin(String email, dev.relaymanager.domain.shared.Secret password) {
  public UserLogin {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }
}
