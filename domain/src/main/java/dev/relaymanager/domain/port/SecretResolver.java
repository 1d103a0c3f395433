package dev.relaymanager.domain.port;

import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;

/** Reads secrets from where their references point, at the moment they are needed. */
public interface SecretResolver {
  /**
   * The secret behind {@code reference}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the variable is unset or empty,
   *     or the file is missing, unreadable or empty; the message never holds the secret
   */
  Secret resolve(SecretReference reference);
}
