package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Sub2apiHostAdminTest {
  private final FakeHost host = FakeHost.start();
  private final MutableClock clock = MutableClock.ticking(Duration.ofMillis(42));
  private final Sub2apiHostConnector connector = new Sub2apiHostConnector(TestSessions.FAST, clock);

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void a_modern_host_shows_every_capability() {
    HostScripts.modern(host);

    HostInspection inspection = admin(host.baseUrl()).inspect();

    HostCapabilities capabilities = inspection.capabilities();
    assertThat(inspection.version()).isEqualTo("0.1.190");
    assertThat(inspection.latency()).isEqualTo(Duration.ofMillis(42));
    assertThat(capabilities.channels()).isTrue();
    assertThat(capabilities.subscriptions()).isTrue();
    assertThat(capabilities.paymentPlans()).isTrue();
    assertThat(capabilities.nativeCnRoutes()).isTrue();
    assertThat(capabilities.groupPlatforms())
        .containsExactlyInAnyOrder("openai", "anthropic", "deepseek", "kimi", "zhipu", "minimax");
    assertThat(capabilities.backendMode()).isTrue();
    assertThat(capabilities.ungroupedKeyScheduling()).isTrue();
    assertThat(capabilities.adminUserKeyCreation()).isTrue();
  }

  @Test
  void an_old_host_shows_the_optional_capabilities_absent() {
    HostScripts.old(host);

    HostCapabilities capabilities = admin(host.baseUrl()).inspect().capabilities();

    assertThat(capabilities.channels()).isFalse();
    assertThat(capabilities.paymentPlans()).isFalse();
    assertThat(capabilities.nativeCnRoutes()).isFalse();
    assertThat(capabilities.groupPlatforms()).containsExactlyInAnyOrder("openai", "anthropic");
    assertThat(capabilities.backendMode()).isFalse();
    assertThat(capabilities.ungroupedKeyScheduling()).isFalse();
    assertThat(capabilities.adminUserKeyCreation()).isFalse();
    assertThat(capabilities.subscriptions()).isTrue();
  }

  @Test
  void a_host_without_subscription_routes_shows_none() {
    HostScripts.modern(host).on("GET", "/api/v1/admin/subscriptions", Canned.routeMissing());

    HostCapabilities capabilities = admin(host.baseUrl()).inspect().capabilities();

    assertThat(capabilities.subscriptions()).isFalse();
    assertThat(capabilities.channels()).isTrue();
  }

  @Test
  void a_host_that_refuses_payment_plans_with_an_envelope_has_none() {
    HostScripts.modern(host)
        .on(
            "GET",
            "/api/v1/admin/payment/plans",
            Canned.appError(400, "PAYMENT_DISABLED", "payment is disabled"));

    HostCapabilities capabilities = admin(host.baseUrl()).inspect().capabilities();

    assertThat(capabilities.paymentPlans()).isFalse();
  }

  @Test
  void the_platform_probe_sends_a_platform_and_no_name() {
    HostScripts.modern(host);

    admin(host.baseUrl()).inspect();

    assertThat(host.requests())
        .filteredOn(request -> request.is("POST", "/api/v1/admin/groups"))
        .extracting(RecordedRequest::body)
        .containsExactly(
            "{\"platform\":\"openai\"}",
            "{\"platform\":\"anthropic\"}",
            "{\"platform\":\"deepseek\"}",
            "{\"platform\":\"kimi\"}",
            "{\"platform\":\"zhipu\"}",
            "{\"platform\":\"minimax\"}");
  }

  @Test
  void a_host_that_creates_a_nameless_group_is_reported_and_not_probed_further() {
    HostScripts.modern(host).on("POST", "/api/v1/admin/groups", Canned.data("{\"id\":99}"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> admin(host.baseUrl()).inspect());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.REJECTED);
    assertThat(rejected.getMessage()).contains("host bug").contains("openai");
    assertThat(host.count("POST", "/api/v1/admin/groups")).isEqualTo(1);
  }

  @Test
  void backend_mode_falls_back_to_the_public_settings() {
    HostScripts.old(host)
        .on("GET", "/api/v1/admin/settings", Canned.routeMissing())
        .on("GET", "/api/v1/settings/public", ContractFixtures.answer(200, "public-settings.json"));

    HostCapabilities capabilities = admin(host.baseUrl()).inspect().capabilities();

    assertThat(capabilities.backendMode()).isTrue();
    assertThat(capabilities.ungroupedKeyScheduling()).isFalse();
  }

  @Test
  void a_refused_admin_key_is_an_authentication_failure_without_the_key() {
    HostScripts.modern(host)
        .on(
            "GET",
            "/api/v1/admin/system/version",
            ContractFixtures.answer(401, "error-invalid-admin-key.json"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> admin(host.baseUrl()).inspect());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("INVALID_ADMIN_KEY");
    assertThat(rejected.getMessage()).doesNotContain(TestSessions.ADMIN_KEY);
    assertThat(host.count("GET", "/api/v1/admin/groups")).isZero();
  }

  @Test
  void a_pending_compliance_acknowledgement_is_reported_and_never_accepted() {
    HostScripts.modern(host)
        .on(
            "GET",
            "/api/v1/admin/system/version",
            ContractFixtures.answer(423, "error-compliance.json"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> admin(host.baseUrl()).inspect());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED);
    assertThat(rejected.hostCode()).isEqualTo("ADMIN_COMPLIANCE_ACK_REQUIRED");
    assertThat(host.requests()).noneMatch(request -> request.path().contains("compliance"));
  }

  @Test
  void a_url_without_health_is_not_a_sub2api_host() {
    host.on("GET", "/api/v1/admin/system/version", Canned.data("{\"version\":\"1\"}"));

    HostUnreachableException unreachable =
        catchThrowableOfType(HostUnreachableException.class, () -> admin(host.baseUrl()).inspect());

    assertThat(unreachable.getMessage()).contains("not a sub2api host").contains("404");
    assertThat(host.count("GET", "/api/v1/admin/system/version")).isZero();
  }

  @Test
  void a_refused_connection_is_unreachable() {
    BaseUrl closed = TestSessions.closedPort();

    HostUnreachableException unreachable =
        catchThrowableOfType(HostUnreachableException.class, () -> admin(closed).inspect());

    assertThat(unreachable.getMessage()).contains("cannot reach").contains("GET /health");
  }

  @Test
  void a_login_host_is_inspected_with_a_bearer_token() {
    HostScripts.modern(host)
        .on("POST", JwtAuthorizer.LOGIN, ContractFixtures.answer(200, "login.json"));
    HostAccess access =
        new HostAccess(
            TestSessions.HOST_ID,
            host.baseUrl(),
            new AdminCredentials.Login(
                TestSessions.ADMIN_EMAIL, Secret.of(TestSessions.ADMIN_PASSWORD)));

    HostInspection inspection = connector.connect(access).inspect();

    assertThat(inspection.version()).isEqualTo("0.1.190");
    assertThat(host.requests())
        .filteredOn(request -> request.path().startsWith("/api/v1/admin/"))
        .allMatch(request -> request.header("authorization").startsWith("Bearer eyJ"));
  }

  private Sub2apiHostAdmin admin(BaseUrl baseUrl) {
    return connector.connect(
        new HostAccess(
            TestSessions.HOST_ID,
            baseUrl,
            new AdminCredentials.ApiKey(Secret.of(TestSessions.ADMIN_KEY))));
  }
}
