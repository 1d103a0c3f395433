package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.LoginRequest;
import dev.relaymanager.adapter.sub2api.wire.LoginResult;
import dev.relaymanager.adapter.sub2api.wire.RefreshRequest;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Authenticates with an admin's email and password: logs in on first use, keeps the JWT in memory,
 * and refreshes it (or logs in again) when it has expired by the clock or the host says so.
 */
final class JwtAuthorizer implements AdminAuthorizer {
  static final String LOGIN = "/api/v1/auth/login";
  static final String REFRESH = "/api/v1/auth/refresh";
  private static final Set<String> RENEWABLE = Set.of("TOKEN_EXPIRED", "INVALID_TOKEN");
  private static final long EARLY_SECONDS = 10;

  private final HostTransport transport;
  private final HostJson json;
  private final EnvelopeDecoder decoder;
  private final Clock clock;
  private final String email;
  private final Secret password;
  private String accessToken;
  private String refreshToken;
  private Instant renewAt;

  JwtAuthorizer(
      HostTransport transport, HostJson json, Clock clock, String email, Secret password) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
    this.decoder = new EnvelopeDecoder(json.mapper());
    this.clock = Objects.requireNonNull(clock, "clock");
    this.email = Objects.requireNonNull(email, "email");
    this.password = Objects.requireNonNull(password, "password");
  }

  @Override
  public synchronized Map<String, String> headers() {
    if (accessToken == null) {
      login();
    } else if (renewAt != null && !clock.instant().isBefore(renewAt)) {
      renew();
    }
    return Map.of("Authorization", "Bearer " + accessToken);
  }

  @Override
  public synchronized boolean renewAfter(HostError error) {
    if (error.status() != 401 || !RENEWABLE.contains(error.code())) {
      return false;
    }
    renew();
    return true;
  }

  @Override
  public synchronized String mask(String text) {
    return Masking.mask(text, password.reveal(), accessToken, refreshToken);
  }

  private void renew() {
    if (refreshToken == null || !refresh()) {
      login();
    }
  }

  /** True when the host issued new tokens; false when it refused, so a login should follow. */
  private boolean refresh() {
    HostOutcome<LoginResult> outcome = call(REFRESH, new RefreshRequest(refreshToken));
    if (outcome.failure().isPresent()) {
      return false;
    }
    LoginResult result = outcome.orThrow();
    if (result == null || isBlank(result.accessToken())) {
      return false;
    }
    store(result);
    return true;
  }

  private void login() {
    LoginResult result = call(LOGIN, new LoginRequest(email, password.reveal())).orThrow();
    if (result != null && Boolean.TRUE.equals(result.requires2fa())) {
      throw new HostRejectedException(
          Reason.AUTHENTICATION_FAILED,
          200,
          "",
          "the admin login requires two-factor authentication, which the manager cannot complete;"
              + " register the host with an admin API key instead");
    }
    if (result == null || isBlank(result.accessToken())) {
      throw new HostRejectedException(
          Reason.REJECTED, 200, "", "the host's login answer carried no access token");
    }
    store(result);
  }

  private HostOutcome<LoginResult> call(String path, Object body) {
    HostRequest request = new HostRequest("POST", path, json.write(body));
    HostReply reply = transport.exchange(request, Map.of());
    HostOutcome<LoginResult> outcome = decoder.decode(request, reply, json.type(LoginResult.class));
    return outcome.masked(this::mask);
  }

  private void store(LoginResult result) {
    accessToken = result.accessToken();
    if (!isBlank(result.refreshToken())) {
      refreshToken = result.refreshToken();
    }
    Long lifetime = result.expiresIn();
    if (lifetime == null || lifetime <= 0) {
      renewAt = null;
      return;
    }
    // Renew slightly early so a token does not expire between the check and the call.
    long early = Math.min(EARLY_SECONDS, lifetime / 2);
    renewAt = clock.instant().plus(Duration.ofSeconds(lifetime - early));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  @Override
  public String toString() {
    return "JwtAuthorizer[email=" + email + ", tokens=***]";
  }
}
