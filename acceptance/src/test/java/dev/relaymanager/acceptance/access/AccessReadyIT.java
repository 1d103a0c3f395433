package dev.relaymanager.acceptance.access;

import static dev.relaymanager.acceptance.access.AccessCliWorld.OK_KEY;
import static dev.relaymanager.acceptance.access.AccessCliWorld.PROBE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AccessReadyIT extends WorldIT<AccessCliWorld> {
  @Override
  protected AccessCliWorld open(Path dir) {
    return new AccessCliWorld(dir);
  }

  @Test
  void importing_both_modes_closes_access_and_the_provider_becomes_fully_ready() throws Exception {
    CliResult subscription = world.importIn("subscription", OK_KEY);
    CliResult selfService = world.importIn("self_service", OK_KEY);
    CliResult check = world.check();

    assertThat(subscription.exitCode()).as(subscription.allOutput()).isZero();
    JsonNode sub = world.json(subscription);
    assertThat(sub.get("status").asText()).isEqualTo("succeeded");
    assertThat(sub.get("access").get("status").asText()).isEqualTo("subscription_ready");
    assertThat(selfService.exitCode()).as(selfService.allOutput()).isZero();
    assertThat(world.json(selfService).get("access").get("status").asText())
        .isEqualTo("self_service_ready");
    assertThat(check.exitCode()).as(check.allOutput()).isZero();
    assertThat(world.json(check).get("status").asText()).isEqualTo("fully_ready");
    assertThat(world.json(check).get("modes").findValuesAsText("status"))
        .containsExactly("subscription_ready", "self_service_ready");
    assertThat(world.probeUser().orElseThrow().notes).isNotBlank();
    String everything = subscription.allOutput() + selfService.allOutput() + check.allOutput();
    String userKey = world.probeKeyOf(world.groupOf("subscription"));
    assertThat(everything).doesNotContain(OK_KEY, PROBE_PASSWORD, userKey);
    assertThat(world.database()).doesNotContain(OK_KEY, PROBE_PASSWORD, userKey);
  }

  @Test
  void the_human_output_gives_status_verdict_class_hint_and_evidence() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.withState(s -> s.tables.subscriptions.removeIf(x -> true));

    CliResult check =
        world.world.cli.run("access", "check", "deepseek", "--host", "sim", "--models-wait", "1");

    assertThat(check.exitCode()).as(check.allOutput()).isEqualTo(1);
    assertThat(check.out())
        .contains("subscription: broken")
        .contains("[access_not_closed] hint: ")
        .contains("evidence: GET /v1/models");
  }

  @Test
  void a_host_in_backend_mode_asks_for_a_key_and_a_given_key_proves_access() {
    world.world.sim.settings(s -> s.backendModeEnabled = true);
    world.world.cli.run("hosts", "probe", "sim");

    CliResult imported = world.importIn("subscription", OK_KEY);
    String key = world.addProbeKey(world.groupOf("subscription"), "sk-user-handmade-31337");
    world.world.cli.withEnv("USER_KEY", key);
    CliResult check = world.check("--mode", "subscription", "--key-env", "USER_KEY");

    assertThat(imported.exitCode()).isEqualTo(1);
    JsonNode access = world.json(imported).get("access");
    assertThat(access.get("status").asText()).isEqualTo("unknown");
    assertThat(access.get("detail").asText()).contains("--key-env");
    assertThat(check.exitCode()).as(check.allOutput()).isZero();
    assertThat(world.json(check).get("status").asText()).isEqualTo("subscription_ready");
    assertThat(imported.allOutput() + check.allOutput()).doesNotContain(key);
  }

  @Test
  void a_key_bound_to_the_wrong_group_is_detected() {
    world.importIn("subscription", OK_KEY);
    world.importIn("self_service", OK_KEY);
    world.world.cli.withEnv("USER_KEY", world.probeKeyOf(world.groupOf("subscription")));

    CliResult check = world.check("--mode", "self_service", "--key-env", "USER_KEY");

    assertThat(check.exitCode()).isEqualTo(1);
    JsonNode mode = world.firstMode(check);
    assertThat(mode.get("failure_class").asText()).isEqualTo("access_not_closed");
    assertThat(mode.get("host_code").asText()).isEqualTo("KEY_GROUP_MISMATCH");
  }

  @Test
  void bulk_assignment_reports_a_failing_user_without_losing_the_others() {
    world.importIn("subscription", OK_KEY);
    world.world.sim.withState(
        s -> {
          var user = new dev.relaymanager.acceptance.simhost.state.UserRow();
          user.id = s.nextId();
          user.email = "alice@example.com";
          user.password = "x";
          user.createdAt = s.now();
          user.updatedAt = s.now();
          return s.tables.users.add(user);
        });

    CliResult assigned =
        world.world.cli.run(
            "--json",
            "access",
            "assign-subscriptions",
            "deepseek",
            "--host",
            "sim",
            "--users",
            "alice@example.com,nobody@example.com");

    assertThat(assigned.exitCode()).as(assigned.allOutput()).isEqualTo(1);
    JsonNode report = world.json(assigned);
    assertThat(report.get("created").asInt() + report.get("reused").asInt()).isEqualTo(1);
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    assertThat(report.get("users").findValuesAsText("email"))
        .containsExactly("alice@example.com", "nobody@example.com");
  }
}
