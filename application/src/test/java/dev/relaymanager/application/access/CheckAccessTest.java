package dev.relaymanager.application.access;

import static dev.relaymanager.application.access.AccessWorld.PROBE_EMAIL;
import static dev.relaymanager.application.access.AccessWorld.PROBE_PASSWORD;
import static dev.relaymanager.domain.access.AccessFixtures.aCompletion;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithoutSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedChat;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedListing;
import static dev.relaymanager.domain.access.AccessFixtures.aValidUsage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.port.ScriptedHostGateway;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckAccessTest {
  private final AccessWorld world = new AccessWorld();
  private final ScriptedHostGateway gateway = world.access.scriptedGateway();

  @Test
  void listed_and_answered_is_ready_and_recorded() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("length"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
    assertThat(report.status()).isEqualTo("subscription_ready");
    assertThat(report.finishReason()).isEqualTo("length");
    assertThat(gateway.lastMaxTokens()).isEqualTo(1024);
    assertThat(world.closures.find(world.provider.id()).get().status())
        .isEqualTo(AccessStatus.SUBSCRIPTION_READY);
  }

  @Test
  void both_modes_ready_with_the_probe_users_keys_is_fully_ready() {
    closed(ImportMode.SUBSCRIPTION);
    world.access.hostUsers().addBalance(probeUser().id(), BigDecimal.ONE, "", idem());
    closed(ImportMode.SELF_SERVICE);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    AccessReport report =
        check(
            new CheckAccess.KeySource.ProbeUserKey(),
            List.of(ImportMode.SUBSCRIPTION, ImportMode.SELF_SERVICE));

    assertThat(report.status()).isEqualTo("fully_ready");
    assertThat(report.ready()).isTrue();
  }

  @Test
  void models_listed_but_the_completion_failing_is_models_only_never_ready() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(503, "api_error"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isFalse();
    assertThat(report.status()).isEqualTo("models_only");
    assertThat(report.failureClass()).isEqualTo("no_available_account");
    assertThat(report.hint()).contains("paused");
  }

  @Test
  void zero_balance_is_access_not_closed_with_insufficient_balance() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aRefusedListing(403, "INSUFFICIENT_BALANCE"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(report.status()).isEqualTo("broken");
    assertThat(report.chatStatus()).isEqualTo(-1);
  }

  @Test
  void a_missing_subscription_is_access_not_closed() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aRefusedListing(403, "SUBSCRIPTION_NOT_FOUND"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("SUBSCRIPTION_NOT_FOUND");
  }

  @Test
  void a_wrong_key_is_a_gateway_auth_error() {
    closed(ImportMode.SUBSCRIPTION);

    ModeReport report = checkWith(Secret.of("sk-not-a-key-of-this-host"), ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("gateway_auth_error");
    assertThat(report.hostCodes()).contains("INVALID_API_KEY");
  }

  @Test
  void a_model_missing_from_the_mapping_is_model_not_listed_after_polling() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithoutSmoke());

    ModeReport report =
        check(
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
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway
        .answerModels(aListingWithoutSmoke(), aListingWithoutSmoke(), aListingWithSmoke())
        .answerChat(aCompletion("stop"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
    assertThat(report.modelPolls()).isEqualTo(3);
  }

  @Test
  void all_accounts_paused_is_no_available_account() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(503, "api_error"));

    assertThat(checkWith(key, ImportMode.SUBSCRIPTION).failureClass())
        .isEqualTo("no_available_account");
  }

  @Test
  void a_502_while_the_provider_says_402_directly_is_upstream_key_quota() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(502, "upstream_error"));
    world.access.scriptedProvider().answer(refusedDirectly(402, "Insufficient Balance"));

    ModeReport report = checkWithUpstream(key);

    assertThat(report.failureClass()).isEqualTo("upstream_key_quota");
    assertThat(report.status()).isEqualTo("models_only");
  }

  @Test
  void a_502_while_the_provider_answers_directly_is_a_host_compatibility_gap() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(502, "upstream_error"));

    ModeReport report = checkWithUpstream(key);

    assertThat(report.failureClass()).isEqualTo("host_compatibility_gap");
    assertThat(world.access.scriptedProvider().calls()).isEqualTo(1);
  }

  @Test
  void a_502_without_upstream_keys_takes_the_class_of_the_hosts_account_test() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    long account =
        world
            .connector
            .host()
            .createAccount(
                ProviderFixtures.aDeepseekBlueprint(ImportMode.SUBSCRIPTION)
                    .account(ProviderFixtures.KEY_A, List.of(AccessWorld.SUB_GROUP)),
                new IdempotencyKey("test-account"))
            .id();
    world.connector.host().providerAnswers(ProviderFixtures.KEY_A.fingerprint(), 402, "{}");
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(502, "upstream_error"));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION, account);

    assertThat(report.failureClass()).isEqualTo("upstream_key_quota");
    assertThat(report.detail()).contains("account test");
  }

  @Test
  void a_host_that_is_down_is_a_network_error() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.refuseEverything(ScriptedHostGateway.refusal(0, ""));

    ModeReport report = checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("network_error");
    assertThat(report.modelsStatus()).isZero();
  }

  @Test
  void a_key_bound_to_the_wrong_group_is_detected_without_asking_the_gateway() {
    Secret subscriptionKey = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checkWith(subscriptionKey, ImportMode.SELF_SERVICE);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("KEY_GROUP_MISMATCH");
    assertThat(gateway.listingCalls()).isZero();
  }

  @Test
  void another_users_key_bound_to_another_group_is_a_group_mismatch() {
    closed(ImportMode.SUBSCRIPTION);
    LiveUser someone =
        world.access.hostUsers().addUser("someone@example.com", "pw", BigDecimal.ONE);
    LiveUserKey elsewhere = world.access.hostUsers().addKey(someone.id(), "theirs", 999);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checkWith(elsewhere.key(), ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isFalse();
    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("KEY_GROUP_MISMATCH");
    assertThat(gateway.chatCalls()).isZero();
  }

  @Test
  void another_users_key_bound_to_the_providers_group_can_prove_the_mode() {
    closed(ImportMode.SUBSCRIPTION);
    long groupId = world.target.groupId(ImportMode.SUBSCRIPTION);
    LiveUser someone =
        world.access.hostUsers().addUser("someone@example.com", "pw", BigDecimal.ONE);
    LiveUserKey theirs = world.access.hostUsers().addKey(someone.id(), "theirs", groupId);
    gateway.answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    ModeReport report = checkWith(theirs.key(), ImportMode.SUBSCRIPTION);

    assertThat(report.ready()).isTrue();
  }

  @Test
  void no_key_or_password_reaches_the_report_or_the_stored_closure() {
    Secret key = closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(401, "INVALID_API_KEY"));

    AccessReport report =
        check(new CheckAccess.KeySource.Given(key), List.of(ImportMode.SUBSCRIPTION));

    String stored = world.closures.find(world.provider.id()).get().lastChecks().toString();
    assertThat(report.toString()).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
    assertThat(stored).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
  }

  private Secret closed(ImportMode mode) {
    return world.closeAccess().execute(new CloseAccess.Command(world.target, mode)).key();
  }

  private LiveUser probeUser() {
    return world.access.hostUsers().findUserByEmail(PROBE_EMAIL).get();
  }

  private static IdempotencyKey idem() {
    return new IdempotencyKey("test-top-up");
  }

  private ModeReport checkWith(Secret key, ImportMode mode) {
    return check(new CheckAccess.KeySource.Given(key), List.of(mode)).modes().get(0);
  }

  private ModeReport checkWith(Secret key, ImportMode mode, long accountId) {
    AccessTarget target =
        new AccessTarget(
            world.host,
            world.provider.recordAccount(
                ProviderFixtures.KEY_A.fingerprint(), accountId, world.clock.instant()),
            world.target.spec());
    gateway.answerUsage(aValidUsage());
    return world
        .checkAccess()
        .execute(
            new CheckAccess.Command(
                target,
                List.of(mode),
                new CheckAccess.KeySource.Given(key),
                ModelPolling.DEFAULT,
                List.of()))
        .modes()
        .get(0);
  }

  private ModeReport checkWithUpstream(Secret key) {
    return check(
            new CheckAccess.KeySource.Given(key),
            List.of(ImportMode.SUBSCRIPTION),
            ModelPolling.upTo(Duration.ZERO),
            List.of(ProviderFixtures.KEY_A))
        .modes()
        .get(0);
  }

  private AccessReport check(CheckAccess.KeySource key, List<ImportMode> modes) {
    return check(key, modes, ModelPolling.upTo(Duration.ofSeconds(6)), List.of());
  }

  private AccessReport check(
      CheckAccess.KeySource key,
      List<ImportMode> modes,
      ModelPolling polling,
      List<Secret> upstream) {
    gateway.answerUsage(aValidUsage());
    return world
        .checkAccess()
        .execute(new CheckAccess.Command(world.target, modes, key, polling, upstream));
  }

  private static ChatAnswer refusedDirectly(int status, String message) {
    return new ChatAnswer.Refused(new GatewayRefusal(status, "", message), Duration.ofMillis(4));
  }
}
