package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.LoginRequest;
import dev.relaymanager.adapter.sub2api.wire.LoginResult;
import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates as an ordinary user (contract §2.2): logs in on first use and keeps the user JWT in
 * memory; logs in again when the host says the token expired. Sessions are short (one closure or
 * verification), so there is no refresh.
 */
final class UserAuthorizer implements AdminAuthorizer {
  private static final Set<String> RENEWABLE = Set.of("TOKEN_EXPIRED", "INVALID_TOKEN");

  private final HostTransport transport;
  private final HostJson json;
  private final EnvelopeDecoder decoder;
  private final UserLogin login;
  private String accessToken;

  UserAuthorizer(HostTransport transport, HostJson json, UserLogin login) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
    this.decoder = new EnvelopeDecoder(json.mapper());
    this.login = Objects.requireNonNull(login, "login");
  }

  @Override
  public synchronized Map<String, String> headers() {
    if (accessToken == null) {
      logIn();
    }
    return Map.of("Authorization", "Bearer " + accessToken);
  }

  @Override
  public synchronized boolean renewAfter(HostError error) {
    if (error.status() != 401 || !RENEWABLE.contains(error.code())) {
      return false;
    }
    accessToken = null;
    logIn();
    return true;
  }

  @Override
  public synchronized String mask(String text) {
    return Masking.mask(text, login.password().reveal(), accessToken);
  }

  private void logIn() {
    LoginRequest body = new LoginRequest(login.email(), login.password().reveal());
    HostRequest request = new HostRequest("POST", JwtAuthorizer.LOGIN, json.write(body));
    HostReply reply = transport.exchange(request, Map.of());
    HostOutcome<LoginResult> outcome =
        decoder
            .<LoginResult>decode(request, reply, json.type(LoginResult.class))
            .masked(this::mask);
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent()) {
      throw UserRefusals.login(failure.get(), login.email());
    }
    LoginResult result = outcome.orThrow();
    if (result != null && Boolean.TRUE.equals(result.requires2fa())) {
      throw UserRefusals.twoFactor(login.email());
    }
    if (result == null || result.accessToken() == null || result.accessToken().isBlank()) {
      throw new HostRejectedException(
          Reason.REJECTED, 200, "", "the host's login answer carried no access token");
    }
    accessToken = result.accessToken();
  }

  @Override
  public String toString() {
    return "UserAuthorizer[email=" + login.email() + ", password=***, token=***]";
  }
}
