package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminSettings;
import dev.relaymanager.adapter.sub2api.wire.Health;
import dev.relaymanager.adapter.sub2api.wire.LoginResult;
import dev.relaymanager.adapter.sub2api.wire.Page;
import dev.relaymanager.adapter.sub2api.wire.PublicSettings;
import dev.relaymanager.adapter.sub2api.wire.VersionInfo;
import org.junit.jupiter.api.Test;

class WireMapperTest {
  private static final HostRequest REQUEST = HostRequest.get("/api/v1/admin/anything");

  private final HostJson json = new HostJson();
  private final EnvelopeDecoder decoder = new EnvelopeDecoder(json.mapper());

  @Test
  void version_envelope_maps_to_the_version_text() {
    HostReply reply = reply(200, "version.json");

    VersionInfo info =
        decoder.<VersionInfo>decode(REQUEST, reply, json.type(VersionInfo.class)).orThrow();

    assertThat(WireMapper.version(info)).isEqualTo("0.1.190");
  }

  @Test
  void a_missing_version_maps_to_unknown() {
    VersionInfo info = new VersionInfo(" ");

    String version = WireMapper.version(info);

    assertThat(version).isEqualTo("unknown");
  }

  @Test
  void page_envelope_maps_items_and_paging_fields_ignoring_unknown_fields() {
    HostReply reply = reply(200, "groups-page.json");

    Page<JsonNode> page =
        decoder
            .<Page<JsonNode>>decode(REQUEST, reply, json.pageOf(json.type(JsonNode.class)))
            .orThrow();

    assertThat(page.items())
        .extracting(item -> item.get("name").asText())
        .containsExactly("rm-openai", "anthropic-default");
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.pageSize()).isEqualTo(20);
    assertThat(page.pages()).isEqualTo(1);
  }

  @Test
  void handler_error_with_reason_maps_to_a_handler_error() {
    HostReply reply = reply(404, "error-account-not-found.json");

    HostError error = failure(reply);

    assertThat(error.shape()).isEqualTo(HostError.Shape.HANDLER);
    assertThat(error.code()).isEqualTo("404");
    assertThat(error.reason()).isEqualTo("ACCOUNT_NOT_FOUND");
    assertThat(error.hostCode()).isEqualTo("ACCOUNT_NOT_FOUND");
    assertThat(error.message()).isEqualTo("account not found");
    assertThat(error.routeMissing()).isFalse();
  }

  @Test
  void handler_error_metadata_maps_to_text_values() {
    HostReply reply = reply(409, "error-group-exists.json");

    HostError error = failure(reply);

    assertThat(error.reason()).isEqualTo("GROUP_EXISTS");
    assertThat(error.metadata()).containsEntry("name", "rm-openai").containsEntry("id", "12");
  }

  @Test
  void validation_error_without_reason_has_an_empty_host_code() {
    HostReply reply = reply(400, "error-validation-name.json");

    HostError error = failure(reply);

    assertThat(error.shape()).isEqualTo(HostError.Shape.HANDLER);
    assertThat(error.code()).isEqualTo("400");
    assertThat(error.hostCode()).isEmpty();
    assertThat(error.message()).contains("'Name'", "'required'");
  }

  @Test
  void channel_validation_error_carries_its_reason() {
    HostReply reply = reply(400, "error-channel-validation.json");

    HostError error = failure(reply);

    assertThat(error.hostCode()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void unclassified_internal_error_maps_to_a_500_handler_error() {
    HostReply reply = reply(500, "error-internal.json");

    HostError error = failure(reply);

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.message()).isEqualTo("internal error");
  }

  @Test
  void middleware_error_with_a_string_code_maps_to_a_middleware_error() {
    HostReply reply = reply(401, "error-invalid-admin-key.json");

    HostError error = failure(reply);

    assertThat(error.shape()).isEqualTo(HostError.Shape.MIDDLEWARE);
    assertThat(error.code()).isEqualTo("INVALID_ADMIN_KEY");
    assertThat(error.hostCode()).isEqualTo("INVALID_ADMIN_KEY");
    assertThat(error.authenticationFailed()).isTrue();
  }

  @Test
  void compliance_error_keeps_its_code_and_metadata() {
    HostReply reply = reply(423, "error-compliance.json");

    HostError error = failure(reply);

    assertThat(error.complianceRequired()).isTrue();
    assertThat(error.code()).isEqualTo("ADMIN_COMPLIANCE_ACK_REQUIRED");
    assertThat(error.metadata()).containsEntry("version", "2026-03");
  }

  @Test
  void mixed_channel_warning_maps_to_a_warning_error() {
    HostReply reply = reply(409, "error-mixed-channel.json");

    HostError error = failure(reply);

    assertThat(error.shape()).isEqualTo(HostError.Shape.WARNING);
    assertThat(error.hostCode()).isEqualTo("mixed_channel_warning");
    assertThat(error.message()).startsWith("This group mixes channels");
  }

  @Test
  void plain_text_404_maps_to_a_missing_route_without_quoting_the_body() {
    HostReply reply = new HostReply(404, "text/plain", "404 page not found");

    HostError error = failure(reply);

    assertThat(error.shape()).isEqualTo(HostError.Shape.UNENVELOPED);
    assertThat(error.routeMissing()).isTrue();
    assertThat(error.message()).doesNotContain("page not found");
  }

  @Test
  void a_non_zero_code_on_http_200_is_an_error() {
    HostReply reply = reply(200, "error-internal.json");

    HostError error = failure(reply);

    assertThat(error.status()).isEqualTo(200);
    assertThat(error.code()).isEqualTo("500");
  }

  @Test
  void login_envelope_maps_to_a_token_pair() {
    HostReply reply = reply(200, "login.json");

    LoginResult login =
        decoder.<LoginResult>decode(REQUEST, reply, json.type(LoginResult.class)).orThrow();

    assertThat(login.accessToken()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.access-1.sig");
    assertThat(login.refreshToken()).isEqualTo("refresh-1");
    assertThat(login.expiresIn()).isEqualTo(86400L);
    assertThat(login.requires2fa()).isNull();
    assertThat(login.toString()).doesNotContain("access-1", "refresh-1");
  }

  @Test
  void login_with_totp_maps_to_a_2fa_challenge() {
    HostReply reply = reply(200, "login-2fa.json");

    LoginResult login =
        decoder.<LoginResult>decode(REQUEST, reply, json.type(LoginResult.class)).orThrow();

    assertThat(login.requires2fa()).isTrue();
    assertThat(login.accessToken()).isNull();
    assertThat(login.tempToken()).isEqualTo("temp-1");
  }

  @Test
  void admin_settings_map_to_backend_mode_and_ungrouped_scheduling() {
    HostReply reply = reply(200, "admin-settings.json");

    AdminSettings settings =
        decoder.<AdminSettings>decode(REQUEST, reply, json.type(AdminSettings.class)).orThrow();

    assertThat(WireMapper.backendMode(settings)).isTrue();
    assertThat(WireMapper.ungroupedKeyScheduling(settings)).isTrue();
    assertThat(settings.defaultSubscriptions().isArray()).isTrue();
  }

  @Test
  void missing_settings_flags_read_as_off() {
    AdminSettings settings = new AdminSettings(null, null, null, null, null);

    boolean backendMode = WireMapper.backendMode(settings);

    assertThat(backendMode).isFalse();
    assertThat(WireMapper.ungroupedKeyScheduling(settings)).isFalse();
  }

  @Test
  void public_settings_map_to_backend_mode() {
    HostReply reply = reply(200, "public-settings.json");

    PublicSettings settings =
        decoder.<PublicSettings>decode(REQUEST, reply, json.type(PublicSettings.class)).orThrow();

    assertThat(WireMapper.backendMode(settings)).isTrue();
    assertThat(settings.version()).isEqualTo("0.1.190");
  }

  @Test
  void health_body_is_read_without_an_envelope() {
    HostReply reply = reply(200, "health.json");

    Health health = decoder.<Health>decodePlain(REQUEST, reply, json.type(Health.class)).orThrow();

    assertThat(WireMapper.healthy(health)).isTrue();
  }

  private HostError failure(HostReply reply) {
    return decoder.decode(REQUEST, reply, json.type(JsonNode.class)).failure().orElseThrow();
  }

  private static HostReply reply(int status, String fixture) {
    return new HostReply(status, "application/json", ContractFixtures.read(fixture));
  }
}
