package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAuthTest {

  @Test
  void admin_api_key_has_the_admin_prefix_and_64_hex() {
    try (Sim sim = Sim.start()) {
      assertThat(sim.host.adminApiKey()).matches("admin-[0-9a-f]{64}");
    }
  }

  @Test
  void admin_login_returns_a_bearer_token_that_opens_admin_routes() {
    try (Sim sim = Sim.start()) {
      Http.Res login =
          sim.http.send(
              "POST",
              "/api/v1/auth/login",
              Map.of("email", sim.host.adminEmail(), "password", sim.host.adminPassword()),
              Map.of());

      JsonNode data = Sim.ok(login);
      Http.Res r =
          sim.http.send(
              "GET",
              "/api/v1/admin/system/version",
              null,
              Sim.bearer(data.get("access_token").asText()));

      assertThat(data.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(data.get("refresh_token").asText()).isNotEmpty();
      assertThat(data.get("expires_in").asLong()).isPositive();
      assertThat(data.get("user").get("role").asText()).isEqualTo("admin");
      assertThat(r.status()).isEqualTo(200);
    }
  }

  @Test
  void ordinary_user_jwt_on_an_admin_route_is_403_forbidden() {
    try (Sim sim = Sim.start()) {
      sim.user("u@x.io", 0);
      String token = sim.login("u@x.io", "secret-pw");

      Http.Res r = sim.http.send("GET", "/api/v1/admin/groups", null, Sim.bearer(token));

      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().get("code").asText()).isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void unknown_token_is_invalid_token() {
    try (Sim sim = Sim.start()) {
      Http.Res r = sim.http.send("GET", "/api/v1/admin/groups", null, Sim.bearer("nope"));

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("code").asText()).isEqualTo("INVALID_TOKEN");
    }
  }

  @Test
  void expired_access_token_is_token_expired_and_refresh_gives_a_working_pair() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.jwtTtlSeconds = 0))) {
      JsonNode data =
          Sim.ok(
              sim.http.send(
                  "POST",
                  "/api/v1/auth/login",
                  Map.of("email", sim.host.adminEmail(), "password", sim.host.adminPassword()),
                  Map.of()));
      Http.Res expired =
          sim.http.send(
              "GET", "/api/v1/admin/groups", null, Sim.bearer(data.get("access_token").asText()));
      sim.host.knobs(k -> k.jwtTtlSeconds = 3600);

      JsonNode refreshed =
          Sim.ok(
              sim.http.send(
                  "POST",
                  "/api/v1/auth/refresh",
                  Map.of("refresh_token", data.get("refresh_token").asText()),
                  Map.of()));
      Http.Res after =
          sim.http.send(
              "GET",
              "/api/v1/admin/groups",
              null,
              Sim.bearer(refreshed.get("access_token").asText()));

      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.json().get("code").asText()).isEqualTo("TOKEN_EXPIRED");
      assertThat(after.status()).isEqualTo(200);
    }
  }

  @Test
  void wrong_password_is_rejected() {
    try (Sim sim = Sim.start()) {
      Http.Res r =
          sim.http.send(
              "POST",
              "/api/v1/auth/login",
              Map.of("email", sim.host.adminEmail(), "password", "wrong"),
              Map.of());

      assertThat(r.status()).isEqualTo(401);
    }
  }

  @Test
  void backend_mode_refuses_non_admin_login_but_admits_the_admin() {
    try (Sim sim = Sim.start()) {
      sim.user("u@x.io", 0);
      sim.host.settings(s -> s.backendModeEnabled = true);

      Http.Res user =
          sim.http.send(
              "POST",
              "/api/v1/auth/login",
              Map.of("email", "u@x.io", "password", "secret-pw"),
              Map.of());
      String adminToken = sim.login(sim.host.adminEmail(), sim.host.adminPassword());

      assertThat(user.status()).isEqualTo(403);
      assertThat(user.json().get("code").asText()).isEqualTo("BACKEND_MODE_ADMIN_ONLY");
      assertThat(adminToken).isNotEmpty();
    }
  }

  @Test
  void turnstile_makes_a_login_without_token_a_400() {
    try (Sim sim = Sim.start(SimOptions.defaults().settings(s -> s.turnstileEnabled = true))) {
      Http.Res r =
          sim.http.send(
              "POST",
              "/api/v1/auth/login",
              Map.of("email", sim.host.adminEmail(), "password", sim.host.adminPassword()),
              Map.of());

      assertThat(r.status()).isEqualTo(400);
    }
  }

  @Test
  void public_probes_answer_without_auth() {
    try (Sim sim = Sim.start(SimOptions.defaults().settings(s -> s.backendModeEnabled = true))) {
      JsonNode pub = Sim.ok(sim.http.send("GET", "/api/v1/settings/public", null, Map.of()));
      JsonNode setup = Sim.ok(sim.http.send("GET", "/setup/status", null, Map.of()));
      JsonNode settings = Sim.ok(sim.get("/api/v1/admin/settings"));

      assertThat(pub.get("backend_mode_enabled").asBoolean()).isTrue();
      assertThat(pub.has("version")).isTrue();
      assertThat(setup.get("needs_setup").asBoolean()).isFalse();
      assertThat(settings.has("allow_ungrouped_key_scheduling")).isTrue();
      assertThat(settings.has("default_subscriptions")).isTrue();
    }
  }

  @Test
  void admin_route_without_credentials_is_401_with_a_string_code() {
    try (Sim sim = Sim.start()) {
      Http.Res r = sim.http.send("GET", "/api/v1/admin/groups", null, Map.of());

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("code").isTextual()).isTrue();
    }
  }
}
