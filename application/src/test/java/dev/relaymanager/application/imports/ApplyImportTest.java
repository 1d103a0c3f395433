package dev.relaymanager.application.imports;

import static dev.relaymanager.application.imports.ImportWorld.KEY_A;
import static dev.relaymanager.application.imports.ImportWorld.KEY_B;
import static dev.relaymanager.application.imports.ImportWorld.KEY_C;
import static dev.relaymanager.application.imports.ImportWorld.fingerprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ApplyImportTest {
  private final ImportWorld world = new ImportWorld();

  @Test
  void an_apply_creates_the_group_the_channel_and_an_account_per_key_and_succeeds() {
    ImportReport report = world.applyKeys(KEY_A, KEY_B);

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(report.counts()).isEqualTo(new ImportCounts(2, 2, 0, 2, 0));
    LiveGroup group = world.objects().groups().get(0);
    assertThat(group.name()).isEqualTo("rm-cn-core-deepseek-sub");
    assertThat(group.subscriptionType()).isEqualTo("subscription");
    LiveChannel channel = world.objects().channels().get(0);
    assertThat(channel.groupIds()).containsExactly(group.id());
    assertThat(channel.restrictModels()).isTrue();
    assertThat(channel.pricing())
        .anySatisfy(
            p ->
                assertThat(p.usdPerToken().get(PriceComponent.INPUT))
                    .isEqualByComparingTo(new BigDecimal("0.00000015")));
    assertThat(world.objects().accounts())
        .hasSize(2)
        .allSatisfy(
            a -> {
              assertThat(a.groupIds()).containsExactly(group.id());
              assertThat(a.modelMapping()).containsKeys("deepseek-flash", "deepseek-v4-pro");
              assertThat(a.responsesMode()).isEqualTo(AccountDraft.FORCE_CHAT_COMPLETIONS);
              assertThat(a.schedulable()).isTrue();
            });
  }

  @Test
  void the_provider_records_the_objects_and_the_batch() {
    ImportReport report = world.applyKeys(KEY_A, KEY_B);

    Provider provider = world.providers.list().get(0);
    assertThat(provider.groupId(ImportMode.SUBSCRIPTION))
        .hasValue(world.objects().groups().get(0).id());
    assertThat(provider.channelId()).hasValue(world.objects().channels().get(0).id());
    assertThat(provider.accountIds()).containsOnlyKeys(fingerprint(KEY_A), fingerprint(KEY_B));
    assertThat(provider.batches()).extracting(b -> b.value()).containsExactly(report.batchId());
  }

  @Test
  void accounts_are_created_with_the_batchs_idempotency_key() {
    ImportReport report = world.applyKeys(KEY_A);
    Blueprint blueprint = world.blueprint(new BatchId(report.batchId()));

    LiveAccount replay =
        world
            .host()
            .createAccount(
                blueprint.account(Secret.of(KEY_A), List.of(world.objects().groups().get(0).id())),
                blueprint.idempotencyKey(fingerprint(KEY_A)));

    assertThat(replay.id()).isEqualTo(report.keys().get(0).accountId());
    assertThat(world.objects().accounts()).hasSize(1);
  }

  @Test
  void a_second_apply_with_the_same_keys_creates_nothing() {
    world.applyKeys(KEY_A, KEY_B);

    ImportReport again = world.applyKeys(KEY_B, KEY_A);

    assertThat(again.status()).isEqualTo("succeeded");
    assertThat(again.counts().created()).isZero();
    assertThat(again.counts().adopted()).isEqualTo(2);
    assertThat(again.writes()).allSatisfy(w -> assertThat(w.origin()).isEqualTo("adopted"));
    assertThat(world.objects().groups()).hasSize(1);
    assertThat(world.objects().channels()).hasSize(1);
    assertThat(world.objects().accounts()).hasSize(2);
  }

  @Test
  void an_apply_with_one_extra_key_creates_exactly_one_account() {
    world.applyKeys(KEY_A, KEY_B);

    ImportReport again = world.applyKeys(KEY_A, KEY_B, KEY_C);

    assertThat(again.counts()).isEqualTo(new ImportCounts(3, 1, 2, 3, 0));
    assertThat(world.objects().accounts()).hasSize(3);
  }

  @Test
  void repeated_keys_in_the_input_are_one_key() {
    ImportReport report = world.applyKeys(KEY_A, "# a comment", "", KEY_A, " " + KEY_A + " ");

    assertThat(report.keys()).hasSize(1);
    assertThat(world.objects().accounts()).hasSize(1);
  }

  @Test
  void a_key_failing_its_test_is_recorded_with_class_and_message_and_its_account_paused() {
    world.host().scriptTest(fingerprint(KEY_B), FailedTests.quota());

    ImportReport report = world.applyKeys(KEY_A, KEY_B);

    assertThat(report.status()).isEqualTo("partially_succeeded");
    KeyReport failed = report.keys().get(1);
    assertThat(failed.fingerprint()).isEqualTo(fingerprint(KEY_B).shortForm());
    assertThat(failed.failureClass()).isEqualTo("upstream_key_quota");
    assertThat(failed.hostMessage()).isEqualTo(FailedTests.QUOTA_MESSAGE);
    assertThat(failed.hint()).isNotBlank();
    assertThat(failed.paused()).isTrue();
    assertThat(world.host().findAccount(failed.accountId()))
        .get()
        .satisfies(a -> assertThat(a.schedulable()).isFalse());
    assertThat(world.host().findAccount(report.keys().get(0).accountId()))
        .get()
        .satisfies(a -> assertThat(a.schedulable()).isTrue());
  }

  @Test
  void a_batch_whose_keys_all_fail_has_failed() {
    world.host().scriptTest(fingerprint(KEY_A), FailedTests.quota());
    world.host().scriptTest(fingerprint(KEY_B), FailedTests.quota());

    ImportReport report = world.applyKeys(KEY_A, KEY_B);

    assertThat(report.status()).isEqualTo("failed");
    assertThat(report.counts().failed()).isEqualTo(2);
    assertThat(world.objects().accounts()).hasSize(2);
  }

  @Test
  void a_rate_limited_test_is_advisory() {
    world.host().scriptTest(fingerprint(KEY_A), FailedTests.rateLimited());

    ImportReport report = world.applyKeys(KEY_A);

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(report.keys().get(0).failureClass()).isEqualTo("rate_limited");
    assertThat(report.keys().get(0).paused()).isFalse();
    assertThat(world.objects().accounts().get(0).schedulable()).isTrue();
  }

  @Test
  void compensation_deletes_only_what_the_failed_batch_created() {
    world.applyKeys(KEY_A);
    LiveAccount adopted = world.objects().accounts().get(0);
    world.host().scriptTest(fingerprint(KEY_A), FailedTests.quota());
    world.host().scriptTest(fingerprint(KEY_B), FailedTests.quota());

    ImportReport report =
        world
            .apply("worker-1")
            .execute(
                ImportWorld.command("cn-core", "compensate", KEY_A, KEY_B), ImportProgress.NONE);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(world.objects().accounts())
        .extracting(LiveAccount::id)
        .containsExactly(adopted.id());
    assertThat(world.objects().groups()).hasSize(1);
    assertThat(world.objects().channels()).hasSize(1);
    assertThat(world.providers.list().get(0).accountIds()).containsOnlyKeys(fingerprint(KEY_A));
  }

  @Test
  void compensation_of_a_first_import_leaves_the_host_empty() {
    world.host().scriptTest(fingerprint(KEY_A), FailedTests.quota());

    ImportReport report =
        world
            .apply("worker-1")
            .execute(ImportWorld.command("cn-core", "compensate", KEY_A), ImportProgress.NONE);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(world.objects().accounts()).isEmpty();
    assertThat(world.objects().channels()).isEmpty();
    assertThat(world.objects().groups()).isEmpty();
  }

  @Test
  void a_second_apply_while_one_runs_is_a_conflict_naming_the_running_batch() {
    AtomicReference<Throwable> second = new AtomicReference<>();
    ImportProgress startSecond =
        counts -> {
          if (second.get() == null) {
            second.set(
                catchThrowable(
                    () ->
                        world
                            .apply("worker-2")
                            .execute(
                                ImportWorld.command("cn-core", null, KEY_C), ImportProgress.NONE)));
          }
        };

    ImportReport first =
        world.apply("worker-1").execute(ImportWorld.command("cn-core", null, KEY_A), startSecond);

    assertThat(second.get())
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("batch " + first.batchId())
        .hasMessageContaining("running");
    assertThat(first.status()).isEqualTo("succeeded");
    assertThat(world.batches.list()).hasSize(1);
  }

  @Test
  void a_host_without_a_needed_capability_fails_before_any_write() {
    HostCapabilities noSubscriptions =
        new HostCapabilities(true, false, false, true, Set.of("openai"), false, false, false);
    world.connector.answering(new HostInspection("0.1.100", noSubscriptions, Duration.ZERO));

    Throwable thrown = catchThrowable(() -> world.applyKeys(KEY_A));

    assertThat(thrown)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subscriptions");
    assertThat(world.objects().groups()).isEmpty();
    assertThat(world.batches.list()).isEmpty();
    assertThat(world.providers.list()).isEmpty();
  }

  @Test
  void bad_input_is_reported_all_at_once_without_echoing_keys() {
    assertThatThrownBy(
            () ->
                ApplyImport.Command.parse(
                    "prod", "cn core", "deepseek", "both", "sk-a b\n", 0, "undo"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.path())
                    .containsExactlyInAnyOrder(
                        "pack", "mode", "keys:1", "on_failure", "parallelism"))
        .message()
        .doesNotContain("sk-a");
  }

  @Test
  void the_channel_is_priced_for_every_offered_model() {
    world.applyKeys(KEY_A);

    LiveChannel channel = world.objects().channels().get(0);

    assertThat(channel.pricing())
        .flatExtracting(p -> p.models())
        .contains("deepseek-flash", "deepseek-v4-pro");
  }
}
