package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.SecretReference;
import java.util.Objects;
import java.util.regex.Pattern;

/** How the manager authenticates as admin on a host; holds references, never secrets. */
public sealed interface AdminAuth {
  /** The reference to the secret that this method needs. */
  SecretReference secretReference();

  /** A stable name of the method for output: {@code api_key} or {@code login}. */
  String method();

  /** The long-lived admin API key ({@code x-api-key: admin-...}); preferred. */
  record ApiKey(SecretReference keyReference) implements AdminAuth {
    public ApiKey {
      Objects.requireNonNull(keyReference, "keyReference");
    }

    @Override
    public SecretReference secretReference() {
      return keyReference;
    }

    @Override
    public String method() {
      return "api_key";
    }
  }

  /** Admin email and password; the manager logs in and refreshes the JWT as needed. */
  record Login(String email, SecretReference passwordReference) implements AdminAuth {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Login {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(passwordReference, "passwordReference");
      if (!EMAIL.matcher(email).matches() || email.length() > 254) {
        throw InvalidInputException.of("admin_email", "must be an email address");
      }
    }

    @Override
    public SecretReference secretReference() {
      return passwordReference;
    }

    @Override
    public String method() {
      return "login";
    }
  }
}
