package dev.relaymanager.acceptance.access;

import static dev.relaymanager.acceptance.access.AccessCliWorld.OK_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.simhost.state.UpstreamBehavior;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessFailuresIT extends WorldIT<AccessCliWorld> {
  @Override
  protected AccessCliWorld open(Path dir) {
    return new AccessCliWorld(dir);
  }

  @Test
  void zero_balance_is_access_not_closed() {
    world.importIn("self_service", OK_KEY);
    world.world.sim.withState(s -> world.probeUser().map(u -> u.balance = 0).orElseThrow());

    assertFailure(world.check("--mode", "self_service"), 1, "access_not_closed");
  }

  @Test
  void a_missing_subscription_is_access_not_closed() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.withState(s -> s.tables.subscriptions.removeIf(x -> true));

    assertFailure(world.check("--mode", "subscription"), 1, "access_not_closed");
  }

  @Test
  void a_wrong_key_is_a_gateway_auth_error() {
    world.importIn("subscription", OK_KEY);
    world.world.cli.withEnv("USER_KEY", "sk-not-a-key-of-this-host-0000");

    assertFailure(
        world.check("--mode", "subscription", "--key-env", "USER_KEY"), 1, "gateway_auth_error");
  }

  @Test
  void a_model_missing_from_the_mapping_is_model_not_listed() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.withState(
        s -> {
          s.tables.accounts.forEach(
              a -> a.credentials.put("model_mapping", Map.of("other-model", "other-model")));
          return null;
        });

    assertFailure(world.check("--mode", "subscription"), 1, "model_not_listed");
  }

  @Test
  void all_accounts_paused_is_no_available_account() {
    // the host caches the model list and never invalidates it on writes (findings §9): the
    // import's listing stays while the accounts are paused, so only the completion fails
    world.world.sim.knobs(k -> k.modelsCacheMillis = 600_000);
    world.importIn("subscription", OK_KEY);
    world.world.sim.withState(
        s -> {
          s.tables.accounts.forEach(a -> a.schedulable = false);
          return null;
        });

    assertFailure(world.check("--mode", "subscription"), 1, "no_available_account");
  }

  @Test
  void a_key_that_ran_out_of_quota_is_upstream_key_quota() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.upstreamBehavior(OK_KEY, UpstreamBehavior.NOQUOTA);

    assertFailure(world.check("--mode", "subscription"), 1, "upstream_key_quota");
  }

  @Test
  void a_host_that_fails_what_the_provider_answers_is_a_host_compatibility_gap() {
    CliResult imported = world.importIn("subscription", "sk-sim-hostgap-5555eeee");

    JsonNode access = world.json(imported).get("access");
    assertThat(imported.exitCode()).as(imported.allOutput()).isEqualTo(1);
    assertThat(access.get("failure_class").asText()).isEqualTo("host_compatibility_gap");
  }

  @Test
  void a_host_that_is_down_is_a_network_error_with_exit_3() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.close();

    assertFailure(world.check("--mode", "subscription"), 3, "network_error");
  }

  private void assertFailure(CliResult check, int exitCode, String failureClass) {
    assertThat(check.exitCode()).as(check.allOutput()).isEqualTo(exitCode);
    JsonNode mode = world.firstMode(check);
    assertThat(mode.get("ready").asBoolean()).isFalse();
    assertThat(mode.get("failure_class").asText()).isEqualTo(failureClass);
    assertThat(mode.get("hint").asText()).isNotBlank();
  }
}
