package dev.relaymanager.bootstrap;

import static dev.relaymanager.bootstrap.ImportFixture.KEY_A;
import static dev.relaymanager.domain.access.AccessFixtures.aCompletion;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCommandsTest {
  private static final String PROBE_PASSWORD = "probe-password-1";
  private static final String UNKNOWN_KEY = "sk-user-key-the-host-does-not-know";

  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;

  @Test
  void set_probe_user_stores_the_email_and_the_reference_only() {
    ImportFixture world = new ImportFixture(directory);
    world.cli.environment.put("PROBE_PW", PROBE_PASSWORD);

    CliRun.Result result =
        world.cli.run(
            "hosts",
            "set-probe-user",
            "sim",
            "--email",
            "probe@example.com",
            "--password-ref",
            "env:PROBE_PW");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Probe user of sim: probe@example.com (env:PROBE_PW)");
    assertThat(result.all()).doesNotContain(PROBE_PASSWORD);
  }

  @Test
  void set_probe_user_with_an_unreadable_reference_exits_2() {
    ImportFixture world = new ImportFixture(directory);

    CliRun.Result result =
        world.cli.run(
            "hosts",
            "set-probe-user",
            "sim",
            "--email",
            "probe@example.com",
            "--password-ref",
            "env:NOT_SET");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("NOT_SET");
  }

  @Test
  void a_host_added_with_a_probe_user_gets_access_closed_by_the_import_and_checked_ready()
      throws IOException {
    CliRun cli = new CliRun(directory);
    cli.environment.put("PROBE_PW", PROBE_PASSWORD);
    cli.access.scriptedGateway().answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));
    CliRun.Result added =
        cli.run(
            "hosts",
            "add",
            "sim",
            "--url",
            "http://127.0.0.1:18080",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY",
            "--probe-user",
            "probe@example.com",
            "--probe-password-ref",
            "env:PROBE_PW");
    cli.run("packs", "install", "builtin:cn-core");
    Files.writeString(directory.resolve("keys.txt"), KEY_A + "\n");
    CliRun.Result imported = cli.run(ImportFixture.importArgs("apply", "keys.txt", "--yes"));

    CliRun.Result check = cli.run("access", "check", "deepseek", "--host", "sim");

    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(imported.exitCode()).as(imported.all()).isZero();
    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.out()).contains("Access of sim/cn-core/deepseek: subscription_ready");
    assertThat(cli.access.hostUsers().users())
        .extracting(u -> u.email())
        .contains("probe@example.com");
    assertThat(imported.all() + check.all()).doesNotContain(PROBE_PASSWORD);
  }

  @Test
  void hosts_add_with_a_probe_user_but_no_reference_exits_2_and_registers_nothing() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run(
            "hosts",
            "add",
            "sim",
            "--url",
            "http://127.0.0.1:18080",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY",
            "--probe-user",
            "probe@example.com");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(cli.run("hosts", "list").out()).doesNotContain("sim ");
  }

  @Test
  void a_check_with_a_key_bound_to_the_group_exits_0_and_never_prints_the_key() throws IOException {
    ImportFixture world = importedWorld();
    String key = aUsersKeyInTheSubscriptionGroup(world.cli);
    world
        .cli
        .access
        .scriptedGateway()
        .answerModels(aListingWithSmoke())
        .answerChat(aCompletion("stop"));
    world.keysFile("user.key", key);

    CliRun.Result human = world.cli.run(check("--key-file", "user.key"));
    CliRun.Result json = world.cli.run(withJson(check("--key-file", "user.key")));

    assertThat(human.exitCode()).as(human.all()).isZero();
    assertThat(human.out()).contains("subscription: subscription_ready — verdict ready");
    JsonNode report = mapper.readTree(json.out());
    assertThat(report.get("ready").asBoolean()).isTrue();
    assertThat(json.err()).isEmpty();
    assertThat(human.all() + json.all()).doesNotContain(key);
  }

  @Test
  void a_check_that_is_not_ready_exits_1_with_the_class_and_hint() {
    ImportFixture world = importedWorld();
    world.cli.environment.put("USER_KEY", UNKNOWN_KEY);

    CliRun.Result result = world.cli.run(check("--key-env", "USER_KEY"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("(not ready)", "[gateway_auth_error] hint:");
    assertThat(result.all()).doesNotContain(UNKNOWN_KEY);
  }

  @Test
  void a_key_env_that_is_not_set_exits_2() {
    ImportFixture world = importedWorld();

    CliRun.Result result = world.cli.run(check("--key-env", "NOPE"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("$NOPE is not set");
  }

  @Test
  void providers_show_prints_the_access_of_each_mode() throws IOException {
    ImportFixture world = importedWorld();
    world.cli.environment.put("USER_KEY", UNKNOWN_KEY);
    world.cli.run(check("--key-env", "USER_KEY"));

    CliRun.Result human = world.cli.run("providers", "show", "sim/cn-core/deepseek");
    CliRun.Result json = world.cli.run("--json", "providers", "show", "sim/cn-core/deepseek");

    assertThat(human.out()).contains("access    broken", "MODE", "gateway_auth_error");
    JsonNode mode = mapper.readTree(json.out()).get("access").get("modes").get(0);
    assertThat(mode.get("mode").asText()).isEqualTo("subscription");
    assertThat(mode.get("failure_class").asText()).isEqualTo("gateway_auth_error");
  }

  @Test
  void assign_subscriptions_prints_every_user_and_exits_1_when_one_failed() {
    ImportFixture world = importedWorld();
    world.cli.access.hostUsers().addUser("a@example.com", "pw-a", BigDecimal.ZERO);

    CliRun.Result result =
        world.cli.run(
            "access",
            "assign-subscriptions",
            "deepseek",
            "--host",
            "sim",
            "--users",
            "a@example.com,ghost@example.com",
            "--validity-days",
            "7");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("7 days): created 1, reused 0, failed 1", "USER", "RESULT", "REASON")
        .containsPattern("a@example.com\\s+created")
        .containsPattern("ghost@example.com\\s+failed\\s+no user");
  }

  @Test
  void assign_subscriptions_to_users_who_all_exist_exits_0() {
    ImportFixture world = importedWorld();
    world.cli.access.hostUsers().addUser("a@example.com", "pw-a", BigDecimal.ZERO);

    CliRun.Result result =
        world.cli.run(
            "access",
            "assign-subscriptions",
            "deepseek",
            "--host",
            "sim",
            "--users",
            "a@example.com");

    assertThat(result.exitCode()).as(result.all()).isZero();
  }

  private ImportFixture importedWorld() {
    ImportFixture world = new ImportFixture(directory);
    CliRun.Result imported = world.apply(world.keysFile("keys.txt", KEY_A), "--yes");
    assertThat(imported.exitCode()).as(imported.all()).isZero();
    return world;
  }

  private static String[] check(String... keyOptions) {
    String[] base = {"access", "check", "deepseek", "--host", "sim", "--mode", "subscription"};
    String[] all = Arrays.copyOf(base, base.length + keyOptions.length);
    System.arraycopy(keyOptions, 0, all, base.length, keyOptions.length);
    return all;
  }

  private static String[] withJson(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--json";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** A user of the host with a key bound to the provider's subscription group. */
  private static String aUsersKeyInTheSubscriptionGroup(CliRun cli) {
    long group = cli.connector.host().objects().groups().get(0).id();
    long user = cli.access.hostUsers().addUser("u@example.com", "pw", BigDecimal.ONE).id();
    return cli.access.hostUsers().addKey(user, "mine", group).key().reveal();
  }
}
