package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/** An ordinary user as the manager creates it: email, password (never stored), name, marker. */
public record UserDraft(String email, Secret password, String username, String notes) {
  public UserDraft {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(notes, "notes");
  }
}
