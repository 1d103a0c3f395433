package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/** The user key a verification runs with, or why there is none that can prove the mode. */
sealed interface UserKey {
  /** A key bound to the mode's group (or whose binding could not be looked up). */
  record Usable(Secret key) implements UserKey {
    public Usable {
      Objects.requireNonNull(key, "key");
    }
  }

  /** No key, or one bound elsewhere: the check fails without asking the gateway. */
  record Unusable(Verdict.Failed failure) implements UserKey {
    public Unusable {
      Objects.requireNonNull(failure, "failure");
    }
  }
}
