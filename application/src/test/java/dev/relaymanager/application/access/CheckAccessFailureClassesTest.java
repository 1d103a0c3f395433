package dev.relaymanager.application.access;

import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedChat;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedListing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.port.ScriptedHostGateway;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CheckAccess: how each kind of refusal is classified. */
class CheckAccessFailureClassesTest {
  private final AccessChecks checks = new AccessChecks();
  private final AccessWorld world = checks.world;
  private final ScriptedHostGateway gateway = checks.gateway;

  @Test
  void zero_balance_is_access_not_closed_with_insufficient_balance() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aRefusedListing(403, "INSUFFICIENT_BALANCE"));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(report.status()).isEqualTo("broken");
    assertThat(report.chatStatus()).isEqualTo(-1);
  }

  @Test
  void a_missing_subscription_is_access_not_closed() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aRefusedListing(403, "SUBSCRIPTION_NOT_FOUND"));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("access_not_closed");
    assertThat(report.hostCode()).isEqualTo("SUBSCRIPTION_NOT_FOUND");
  }

  @Test
  void a_wrong_key_is_a_gateway_auth_error() {
    checks.closed(ImportMode.SUBSCRIPTION);

    ModeReport report =
        checks.checkWith(Secret.of("sk-not-a-key-of-this-host"), ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("gateway_auth_error");
    assertThat(report.hostCodes()).contains("INVALID_API_KEY");
  }

  @Test
  void all_accounts_paused_is_no_available_account() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(503, "api_error"));

    assertThat(checks.checkWith(key, ImportMode.SUBSCRIPTION).failureClass())
        .isEqualTo("no_available_account");
  }

  @Test
  void a_502_while_the_provider_says_402_directly_is_upstream_key_quota() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(502, "upstream_error"));
    world
        .access
        .scriptedProvider()
        .answer(AccessChecks.refusedDirectly(402, "Insufficient Balance"));

    ModeReport report = checks.checkWithUpstream(key);

    assertThat(report.failureClass()).isEqualTo("upstream_key_quota");
    assertThat(report.status()).isEqualTo("models_only");
  }

  @Test
  void a_502_while_the_provider_answers_directly_is_a_host_compatibility_gap() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.answerModels(aListingWithSmoke()).answerChat(aRefusedChat(502, "upstream_error"));

    ModeReport report = checks.checkWithUpstream(key);

    assertThat(report.failureClass()).isEqualTo("host_compatibility_gap");
    assertThat(world.access.scriptedProvider().calls()).isEqualTo(1);
  }

  @Test
  void a_502_without_upstream_keys_takes_the_class_of_the_hosts_account_test() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
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

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION, account);

    assertThat(report.failureClass()).isEqualTo("upstream_key_quota");
    assertThat(report.detail()).contains("account test");
  }

  @Test
  void a_host_that_is_down_is_a_network_error() {
    Secret key = checks.closed(ImportMode.SUBSCRIPTION);
    gateway.refuseEverything(ScriptedHostGateway.refusal(0, ""));

    ModeReport report = checks.checkWith(key, ImportMode.SUBSCRIPTION);

    assertThat(report.failureClass()).isEqualTo("network_error");
    assertThat(report.modelsStatus()).isZero();
  }
}
