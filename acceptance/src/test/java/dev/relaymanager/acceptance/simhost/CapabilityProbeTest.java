package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CapabilityProbeTest {

  @Test
  void channels_route_is_present_by_default_and_a_plain_404_when_switched_off() {
    try (Sim sim = Sim.start()) {
      Http.Res on = sim.get("/api/v1/admin/channels?page_size=1");
      sim.host.knobs(k -> k.channels = false);

      Http.Res off = sim.get("/api/v1/admin/channels?page_size=1");

      assertThat(on.status()).isEqualTo(200);
      assertThat(off.status()).isEqualTo(404);
      assertThat(off.body()).isEqualTo("404 page not found");
    }
  }

  @Test
  void payment_plans_follow_their_knob() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.paymentPlans = false))) {
      assertThat(sim.get("/api/v1/admin/payment/plans").status()).isEqualTo(404);
      sim.host.knobs(k -> k.paymentPlans = true);
      assertThat(sim.get("/api/v1/admin/payment/plans").status()).isEqualTo(200);
    }
  }

  @Test
  void cn_balance_probe_is_an_enveloped_404_when_native_cn_is_on_and_plain_when_off() {
    try (Sim sim = Sim.start()) {
      Http.Res on = sim.get("/api/v1/admin/cn-providers/accounts/0/balance");
      sim.host.knobs(k -> k.nativeCnPlatforms = false);

      Http.Res off = sim.get("/api/v1/admin/cn-providers/accounts/0/balance");

      assertThat(on.status()).isEqualTo(404);
      assertThat(on.json().get("reason").asText()).isEqualTo("ACCOUNT_NOT_FOUND");
      assertThat(off.status()).isEqualTo(404);
      assertThat(off.body()).isEqualTo("404 page not found");
    }
  }

  @Test
  void group_platform_probe_names_only_the_name_when_the_platform_is_supported() {
    try (Sim sim = Sim.start()) {
      Http.Res r = sim.post("/api/v1/admin/groups", Map.of("platform", "deepseek"));

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("message").asText())
          .contains("'Name'")
          .contains("'required'")
          .doesNotContain("oneof");
      assertThat(Sim.ok(sim.get("/api/v1/admin/groups")).get("total").asInt()).isZero();
    }
  }

  @Test
  void group_platform_probe_reports_a_oneof_failure_on_platform_when_unsupported() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.nativeCnPlatforms = false))) {
      Http.Res deepseek = sim.post("/api/v1/admin/groups", Map.of("platform", "deepseek"));
      Http.Res qwen = sim.post("/api/v1/admin/groups", Map.of("platform", "qwen"));

      assertThat(deepseek.json().get("message").asText())
          .contains("Field validation for 'Platform' failed on the 'oneof' tag");
      assertThat(qwen.json().get("message").asText()).contains("'Platform'");
    }
  }

  @Test
  void minimax_platform_is_off_by_default_and_has_its_own_knob() {
    try (Sim sim = Sim.start()) {
      Http.Res minimax = sim.post("/api/v1/admin/groups", Map.of("platform", "minimax"));
      Http.Res kimi = sim.post("/api/v1/admin/groups", Map.of("platform", "kimi"));
      sim.host.knobs(k -> k.minimaxPlatform = true);

      Http.Res later = sim.post("/api/v1/admin/groups", Map.of("platform", "minimax"));

      assertThat(minimax.json().get("message").asText()).contains("oneof");
      assertThat(kimi.json().get("message").asText()).doesNotContain("oneof");
      assertThat(later.json().get("message").asText()).doesNotContain("oneof");
    }
  }

  @Test
  void admin_create_key_for_user_is_a_plain_404_unless_the_fork_knob_is_on() {
    try (Sim sim = Sim.start()) {
      Http.Res upstream = sim.post("/api/v1/admin/users/0/api-keys", Map.of("name", "k"));
      sim.host.knobs(k -> k.adminCreateKeyRoute = true);

      Http.Res fork = sim.post("/api/v1/admin/users/0/api-keys", Map.of("name", "k"));

      assertThat(upstream.body()).isEqualTo("404 page not found");
      assertThat(fork.json().get("reason").asText()).isEqualTo("USER_NOT_FOUND");
    }
  }

  @Test
  void compliance_guard_answers_423_on_admin_routes_until_accepted() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.complianceRequired = true))) {
      Http.Res blocked = sim.get("/api/v1/admin/system/version");
      Http.Res exempt = sim.get("/api/v1/admin/compliance");
      Http.Res accepted =
          sim.post(
              "/api/v1/admin/compliance/accept", Map.of("phrase", "I ACCEPT", "language", "en"));

      Http.Res after = sim.get("/api/v1/admin/system/version");

      assertThat(blocked.status()).isEqualTo(423);
      assertThat(blocked.json().get("code").asText()).isEqualTo("ADMIN_COMPLIANCE_ACK_REQUIRED");
      assertThat(blocked.json().get("metadata").has("version")).isTrue();
      assertThat(exempt.status()).isEqualTo(200);
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(after.status()).isEqualTo(200);
    }
  }

  @Test
  void compliance_accept_requires_a_phrase() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.complianceRequired = true))) {
      Http.Res r = sim.post("/api/v1/admin/compliance/accept", Map.of("language", "en"));

      assertThat(r.status()).isEqualTo(400);
      assertThat(sim.get("/api/v1/admin/groups").status()).isEqualTo(423);
    }
  }
}
