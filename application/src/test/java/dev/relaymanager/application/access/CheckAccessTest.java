package dev.relaymanager.application.access;

import static dev.relaymanager.application.access.AccessWorld.PROBE_PASSWORD;
import static dev.relaymanager.domain.access.AccessFixtures.aCompletion;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithoutSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedChat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.port.ScriptedHostGateway;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CheckAccess: readiness, model polling, key binding and secrecy. */
class CheckAccessTest {
  private final AccessChecks checks = new AccessChecks();
  private final AccessWorld world = checks.world;
  private final ScriptedHostGateway gateway = checks.gateway;

  @Test
  void listed_and_answered_is_ready_and_recorded() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("length"));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
    assertThat(report.status()).isEqualTo("subscription_ready");
    assertThat(report.finishReason()).isEqualTo("length");
    assertThat(gateway.lastMaxTokens()).isEqualTo(1024);
    assertThat(world.closures.find(world.provider.id()).get().status())
        .isEqualTo(AccessStatus.SUBSCRIPTION_READY);
  }

  @Test
  void both_modes_ready_with_the_probe_users_keys_is_fully_ready() {
    checks.closed(ImportMode.SUBSCRIPTION);
    world
        .access
        .hostUsers()
        .addBalance(checks.probeUser().id(), BigDecimal.ONE, "", AccessChecks.idem());
    checks.closed(ImportMode.SELF_SERVICE);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    AccessReport report =
        checks.check(
            new CheckAccess.KeySource.ProbeUserKey(),
            List.of(ImportMode.SUBSCRIPTION, ImportMode.SELF_SERVICE));

    assertThat(report.status()).isEqualTo("fully_ready");
    assertThat(report.ready()).isTrue();
  }

  @Test
  void models_listed_but_the_completion_failing_is_models_only_never_ready() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(503, "api_error"));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isFalse();
    assertThat(report.status()).isEqualTo("models_only");
    assertThat(report.failureClass()).isEqualTo("no_available_account");
    assertThat(report.hint()).contains("paused");
  }

  @Test
  void a_model_missing_from_the_mapping_is_model_not_listed_after_polling() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithoutSmoke());

    ModeReport report =
        checks
            .check(
                new CheckAccess.KeySource.Given(key),
                List.of(ImportMode.SUBSCRIPTION),
                ModelPolling.DEFAULT,
                List.of())
            .modes()
            .get(0);

    assertThat(report.failureClass()).isEqualTo("model_not_listed");
    assertThat(report.modelPolls()).isEqualTo(11);
    assertThat(gateway.listingCalls()).isEqualTo(11);
    assertThat(world.pause.waited()).isEqualTo(Duration.ofSeconds(30));
    assertThat(gateway.chatCalls()).isZero();
  }

  @Test
  void polling_stops_once_the_cached_list_shows_the_smoke_model() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway
        .answerModels(aListingWithoutSmoke(), aListingWithoutSmoke(), aListingWithSmoke())
        .answerChat(aCompletion("stop"));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
    assertThat(report.modelPolls()).isEqualTo(3);
  }

  @Test
  void a_key_bound_to_the_wrong_group_is_detected_without_asking_the_gateway() {
    Secret subscriptionKey = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checks.checkWith(subscriptionKey, ImportMode.SELF_SERVICE);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("KEY_GROUP_MISMATCH");
    assertThat(gateway.listingCalls()).isZero();
  }

  @Test
  void another_users_key_bound_to_another_group_is_a_group_mismatch() {
    checks.closed(ImportMode.SUBSCRIPTION);
    LiveUser someone =
        world.access.hostUsers().addUser("someone@example.com", "pw", BigDecimal.ONE);
    LiveUserKey elsewhere = world.access.hostUsers().addKey(someone.id(), "theirs", 999);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checks.checkWith(elsewhere.key(), ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isFalse();
    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("KEY_GROUP_MISMATCH");
    assertThat(gateway.chatCalls()).isZero();
  }

  @Test
  void another_users_key_bound_to_the_providers_group_can_prove_the_mode() {
    checks.closed(ImportMode.SUBSCRIPTION);
    long groupId = world.target.groupId(ImportMode.SUBSCRIPTION);
    LiveUser someone =
        world.access.hostUsers().addUser("someone@example.com", "pw", BigDecimal.ONE);
    LiveUserKey theirs = world.access.hostUsers().addKey(someone.id(), "theirs", groupId);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checks.checkWith(theirs.key(), ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
  }

  @Test
  void no_key_or_password_reaches_the_report_or_the_stored_closure() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(401, "INVALID_API_KEY"));

    AccessReport report =
        checks.check(new CheckAccess.KeySource.Given(key), List.of(ImportMode.SUBSCRIPTION));

    String stored = world.closures.find(world.provider.id()).get().lastChecks().toString();
    assertThat(report.toString()).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
    assertThat(stored).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
  }
}
