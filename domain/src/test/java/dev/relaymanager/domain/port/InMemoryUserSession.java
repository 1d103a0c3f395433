package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.util.List;
import java.util.Optional;

/**
 * A session as one ordinary user of {@link InMemoryHostUsers}: every call logs in first, which
 * fails like the host (wrong password, or the scripted refusal of a host that blocks user logins).
 */
final class InMemoryUserSession implements UserSession {
  private final InMemoryHostUsers users;
  private final UserLogin login;
  private final Optional<String> loginRefusal;

  InMemoryUserSession(InMemoryHostUsers users, UserLogin login, Optional<String> loginRefusal) {
    this.users = users;
    this.login = login;
    this.loginRefusal = loginRefusal;
  }

  @Override
  public List<LiveUserKey> listKeys() {
    return users.listUserKeys(loggedIn().id());
  }

  @Override
  public LiveUserKey createKey(String name, long groupId) {
    return users.createKey(loggedIn().id(), name, groupId);
  }

  @Override
  public DeleteOutcome deleteKey(long keyId) {
    return users.deleteKey(loggedIn().id(), keyId);
  }

  private LiveUser loggedIn() {
    if (loginRefusal.isPresent()) {
      throw new HostRejectedException(
          HostRejectedException.Reason.AUTHENTICATION_FAILED,
          403,
          loginRefusal.get(),
          "the host does not let ordinary users log in");
    }
    return users
        .authenticate(login.email(), login.password())
        .orElseThrow(
            () ->
                new HostRejectedException(
                    HostRejectedException.Reason.AUTHENTICATION_FAILED,
                    401,
                    "INVALID_CREDENTIALS",
                    "invalid email or password"));
  }
}
