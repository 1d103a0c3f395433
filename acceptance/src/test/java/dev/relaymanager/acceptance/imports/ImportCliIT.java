package dev.relaymanager.acceptance.imports;

import static dev.relaymanager.acceptance.imports.ImportWorld.importArgs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.support.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCliIT {
  private static final List<String> OK_KEYS =
      List.of("sk-sim-ok-0001aaaa", "sk-sim-ok-0002bbbb", "sk-sim-ok-0003cccc");
  private static final String BAD_KEY = "sk-sim-badauth-0004dddd";

  @TempDir Path dir;
  private ImportWorld world;

  @BeforeEach
  void start() {
    world = new ImportWorld(dir);
    world.installPack("1.0.0", "0.30");
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void preview_then_apply_creates_one_group_one_priced_channel_and_an_account_per_key()
      throws Exception {
    String keys = world.keysFile("keys.txt", OK_KEYS.toArray(String[]::new));

    CliResult preview = world.cli.run(importArgs("preview", "cn-sim", keys));
    CliResult apply = world.cli.run(importArgs("apply", "cn-sim", keys, "--yes"));

    assertThat(preview.exitCode()).as(preview.err()).isZero();
    JsonNode plan = world.json(preview);
    assertThat(plan.get("verdict").asText()).isEqualTo("ready");
    assertThat(plan.get("changes").findValuesAsText("object"))
        .containsExactly("group", "channel", "account", "account", "account");
    assertThat(plan.get("changes").findValuesAsText("action")).containsOnly("create");
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    assertThat(world.json(apply).get("status").asText()).isEqualTo("succeeded");
    assertThat(world.groups()).hasSize(1);
    assertThat(world.channels()).hasSize(1);
    assertThat(inputPrice(world.channels().get(0), "deepseek-flash"))
        .isCloseTo(3.0e-7, within(1e-12));
    assertThat(world.accounts()).hasSize(3);
    for (AccountRow account : world.accounts()) {
      assertThat(account.modelMapping()).containsKeys("deepseek-flash", "deepseek-v4-pro");
      assertThat(account.extra).containsEntry("openai_responses_mode", "force_chat_completions");
      assertThat(account.groupIds).containsExactly(world.groups().get(0).id);
    }
    assertThat(preview.allOutput() + apply.allOutput()).doesNotContain(OK_KEYS.get(0));
    assertThat(
            Files.readString(dir.resolve("state.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(OK_KEYS.get(0));
  }

  @Test
  void applying_the_same_keys_again_adds_nothing_on_the_host() {
    String keys = world.keysFile("keys.txt", OK_KEYS.toArray(String[]::new));
    world.cli.run(importArgs("apply", "cn-sim", keys, "--yes"));
    List<Long> before = accountIds();

    CliResult again = world.cli.run(importArgs("apply", "cn-sim", keys, "--yes"));

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(world.json(again).get("counts").get("adopted").asInt()).isEqualTo(3);
    assertThat(accountIds()).isEqualTo(before);
    assertThat(world.groups()).hasSize(1);
    assertThat(world.channels()).hasSize(1);
  }

  @Test
  void a_key_the_provider_refuses_makes_a_partial_batch_and_its_account_is_paused() {
    String keys = world.keysFile("keys.txt", OK_KEYS.get(0), BAD_KEY);

    CliResult apply = world.cli.run(importArgs("apply", "cn-sim", keys, "--yes"));
    CliResult human = world.cli.run("batches", "show", world.json(apply).get("batch_id").asText());

    assertThat(apply.exitCode()).as(apply.err()).isZero();
    JsonNode report = world.json(apply);
    assertThat(report.get("status").asText()).isEqualTo("partially_succeeded");
    JsonNode failed = report.get("keys").get(1);
    assertThat(failed.get("failure_class").asText()).isEqualTo("upstream_auth_error");
    assertThat(failed.get("host_message").asText()).isNotBlank();
    assertThat(failed.get("paused").asBoolean()).isTrue();
    AccountRow paused = account(failed.get("account_id").asLong());
    assertThat(paused.schedulable).isFalse();
    assertThat(human.out())
        .contains("partially_succeeded", "upstream_auth_error", "the host said:");
    assertThat(apply.allOutput() + human.allOutput()).doesNotContain(BAD_KEY);
  }

  @Test
  void a_newer_pack_with_another_price_previews_an_update_of_the_channel_and_applies_it() {
    String keys = world.keysFile("keys.txt", OK_KEYS.get(0));
    world.cli.run(importArgs("apply", "cn-sim", keys, "--yes"));
    world.installPack("1.1.0", "0.27");

    CliResult preview = world.cli.run(importArgs("preview", "cn-sim@1.1.0", keys));
    CliResult human =
        world.cli.run(
            "import",
            "preview",
            "--host",
            "sim",
            "--pack",
            "cn-sim@1.1.0",
            "--provider",
            "deepseek",
            "--mode",
            "subscription",
            "--keys-file",
            keys);
    CliResult apply = world.cli.run(importArgs("apply", "cn-sim@1.1.0", keys, "--yes"));

    Map<String, String> actions = actionsByObject(world.json(preview));
    assertThat(actions).containsEntry("channel", "update");
    assertThat(human.out()).contains("update", "→");
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    assertThat(world.channels()).hasSize(1);
    assertThat(inputPrice(world.channels().get(0), "deepseek-flash"))
        .isCloseTo(2.7e-7, within(1e-12));
  }

  @Test
  void providers_and_batches_are_listed_after_an_import() {
    String keys = world.keysFile("keys.txt", OK_KEYS.get(0));
    String batch =
        world
            .json(world.cli.run(importArgs("apply", "cn-sim", keys, "--yes")))
            .get("batch_id")
            .asText();

    CliResult providers = world.cli.run("providers", "list", "--host", "sim");
    CliResult shown = world.cli.run("--json", "providers", "show", "sim/cn-sim/deepseek");
    CliResult batches = world.cli.run("batches", "list", "--provider", "sim/cn-sim/deepseek");

    assertThat(providers.out()).contains("deepseek", "cn-sim@1.0.0");
    assertThat(world.json(shown).get("batches").get(0).asText()).isEqualTo(batch);
    assertThat(batches.out()).contains(batch, "succeeded");
  }

  private List<Long> accountIds() {
    return world.accounts().stream().map(a -> a.id).sorted().collect(Collectors.toList());
  }

  private AccountRow account(long id) {
    return world.accounts().stream().filter(a -> a.id == id).findFirst().orElseThrow();
  }

  private static Map<String, String> actionsByObject(JsonNode preview) {
    Map<String, String> actions = new java.util.HashMap<>();
    preview
        .get("changes")
        .forEach(c -> actions.put(c.get("object").asText(), c.get("action").asText()));
    return actions;
  }

  private static double inputPrice(ChannelRow channel, String model) {
    for (Map<String, Object> price : channel.modelPricing) {
      if (String.valueOf(price.get("models")).contains(model)) {
        return ((Number) price.get("input_price")).doubleValue();
      }
    }
    throw new AssertionError("no price for " + model + " in " + channel.modelPricing);
  }
}
