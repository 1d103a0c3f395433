package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.batch.BatchFixtures.LEASE;
import static dev.relaymanager.domain.batch.BatchFixtures.OWNER;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;
import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static dev.relaymanager.domain.port.StorageFixtures.KEY_C;
import static dev.relaymanager.domain.port.StorageFixtures.ZHIPU;
import static dev.relaymanager.domain.port.StorageFixtures.aBatchIn;
import static dev.relaymanager.domain.port.StorageFixtures.aBatchWithAnIntentOfEveryKind;
import static dev.relaymanager.domain.port.StorageFixtures.aRunningBatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.batch.BatchAccess;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link ImportBatchRepository} must do; the fake and each real adapter extend it.
 * Durations are kept to the millisecond, so the batches here use whole milliseconds.
 */
public abstract class ImportBatchRepositoryContract {
  private ImportBatchRepository batches;

  /**
   * A new repository without batches, in a store that holds {@link StorageFixtures#hosts()} and
   * {@link StorageFixtures#providers()} (stores with foreign keys need them).
   */
  protected abstract ImportBatchRepository newRepository();

  @BeforeEach
  final void createRepository() {
    batches = newRepository();
  }

  @Test
  void an_added_running_batch_is_found_with_its_header_and_lease_and_no_finish() {
    ImportBatch batch = aRunningBatch("b-1", DEEPSEEK, at(0));

    batches.add(batch);

    ImportBatch found = assertStored(batch);
    assertThat(found.keys()).containsExactly(KEY_A, KEY_B, KEY_C);
    assertThat(found.lease().owner()).isEqualTo(OWNER);
    assertThat(found.finishedAt()).isEmpty();
    assertThat(found.failureReason()).isEmpty();
  }

  @Test
  void every_intent_kind_state_and_origin_is_kept_in_the_order_recorded() {
    ImportBatch batch = aBatchWithAnIntentOfEveryKind();

    batches.add(batch);

    ImportBatch found = assertStored(batch);
    assertThat(found.intents()).containsExactlyElementsOf(batch.intents());
    assertThat(found.intents()).extracting(i -> i.kind()).containsExactly(IntentKind.values());
    assertThat(found.intents()).extracting(i -> i.state()).contains(IntentState.values());
    assertThat(found.intents()).extracting(i -> i.origin()).contains(IntentOrigin.values());
  }

  @Test
  void every_key_result_variant_is_kept_in_the_order_recorded() {
    KeyResult notCreated =
        new KeyResult.NotCreated(KEY_C, "HTTP 400: account name taken", Duration.ofMillis(1250));
    KeyResult adoptedAndPassed =
        new KeyResult.Tested(
            KEY_A,
            101,
            KeyResult.AccountOrigin.ADOPTED,
            new AccountTestOutcome.Passed("deepseek-flash"),
            Duration.ofSeconds(3));
    KeyResult failedWithoutStatus =
        new KeyResult.Tested(
            KEY_B,
            102,
            KeyResult.AccountOrigin.CREATED,
            new AccountTestOutcome.Failed(FailureClass.UPSTREAM_ERROR, 0, "stream ended early"),
            Duration.ZERO);
    ImportBatch batch =
        aRunningBatch("b-1", DEEPSEEK, at(0))
            .recordKeyResult(notCreated)
            .recordKeyResult(adoptedAndPassed)
            .recordKeyResult(failedWithoutStatus);

    batches.add(batch);

    ImportBatch found = assertStored(batch);
    assertThat(found.keyResults())
        .containsExactly(notCreated, adoptedAndPassed, failedWithoutStatus);
  }

  @ParameterizedTest
  @EnumSource(FailureClass.class)
  void a_failed_account_test_keeps_its_failure_class_status_and_host_message(FailureClass failure) {
    KeyResult result =
        new KeyResult.Tested(
            KEY_B,
            102,
            KeyResult.AccountOrigin.CREATED,
            new AccountTestOutcome.Failed(failure, 402, "API returned 402: Insufficient Balance"),
            Duration.ofMillis(2345));
    ImportBatch batch = aRunningBatch("b-1", DEEPSEEK, at(0)).recordKeyResult(result);

    batches.add(batch);

    assertThat(assertStored(batch).keyResult(KEY_B)).contains(result);
  }

  @ParameterizedTest
  @EnumSource(BatchStatus.class)
  void a_batch_in_any_status_keeps_its_finish_and_failure_reason(BatchStatus status) {
    ImportBatch batch = aBatchIn(status);

    batches.add(batch);

    ImportBatch found = assertStored(batch);
    assertThat(found.status()).isEqualTo(status);
    assertThat(found.finishedAt()).isEqualTo(batch.finishedAt());
    assertThat(found.failureReason()).isEqualTo(batch.failureReason());
  }

  @Test
  void saving_replaces_the_status_lease_intents_and_key_results() {
    ImportBatch started = aRunningBatch("b-1", DEEPSEEK, at(0));
    batches.add(started);
    ImportBatch progressed =
        aBatchWithAnIntentOfEveryKind()
            .renewLease(OWNER, at(30), LEASE)
            .recordKeyResult(passed(KEY_A, 101));
    ImportBatch finished = progressed.fail("host unreachable", at(90));

    batches.save(progressed);
    batches.save(finished);

    assertStored(finished);
  }

  @Test
  void the_access_outcome_is_kept_and_absent_until_recorded() {
    ImportBatch started = aRunningBatch("b-1", DEEPSEEK, at(0));
    batches.add(started);
    ImportBatch checked =
        started.recordAccess(
            new BatchAccess(
                AccessStatus.MODELS_ONLY, "upstream_key_quota", "the provider said no quota"));

    Optional<BatchAccess> before = batches.find(started.id()).flatMap(ImportBatch::access);
    batches.save(checked);

    assertThat(before).isEmpty();
    assertThat(assertStored(checked).access()).contains(checked.access().orElseThrow());
  }

  @Test
  void saving_fewer_intents_and_results_removes_the_others() {
    ImportBatch full = aBatchWithAnIntentOfEveryKind().recordKeyResult(passed(KEY_A, 101));
    batches.add(full);
    ImportBatch bare = aRunningBatch("b-1", DEEPSEEK, at(0));

    batches.save(bare);

    ImportBatch found = assertStored(bare);
    assertThat(found.intents()).isEmpty();
    assertThat(found.keyResults()).isEmpty();
  }

  @Test
  void saving_an_unknown_batch_is_not_found_and_stores_nothing() {
    batches.add(aRunningBatch("b-1", DEEPSEEK, at(0)));

    assertThatThrownBy(() -> batches.save(aRunningBatch("b-2", ZHIPU, at(5))))
        .isInstanceOf(NotFoundException.class);

    assertThat(batches.find(new BatchId("b-2"))).isEmpty();
    assertThat(batches.list()).hasSize(1);
  }

  @Test
  void adding_a_batch_id_twice_is_a_conflict_and_keeps_the_first() {
    ImportBatch first = aBatchIn(BatchStatus.SUCCEEDED);
    batches.add(first);

    assertThatThrownBy(() -> batches.add(aRunningBatch("b-1", ZHIPU, at(5))))
        .isInstanceOf(ConflictException.class);

    assertStored(first);
    assertThat(batches.listForProvider(ZHIPU.id())).isEmpty();
  }

  @Test
  void a_second_running_batch_of_a_provider_is_a_conflict_and_writes_nothing() {
    ImportBatch running = aRunningBatch("b-1", DEEPSEEK, at(0));
    batches.add(running);
    ImportBatch second =
        aRunningBatch("b-2", DEEPSEEK, at(5))
            .recordIntent(IntentKind.CREATE_GROUP, "rm-g", at(6))
            .recordKeyResult(passed(KEY_A, 1));

    assertThatThrownBy(() -> batches.add(second)).isInstanceOf(ConflictException.class);

    assertThat(batches.find(second.id())).isEmpty();
    assertThat(batches.list()).extracting(b -> b.id().value()).containsExactly("b-1");
    assertStored(running);
  }

  @Test
  void a_running_batch_of_another_provider_or_after_a_finished_one_is_accepted() {
    batches.add(aBatchIn(BatchStatus.PARTIALLY_SUCCEEDED));

    batches.add(aRunningBatch("b-2", DEEPSEEK, at(100)));
    batches.add(aRunningBatch("b-3", ZHIPU, at(100)));

    assertThat(batches.list()).hasSize(3);
  }

  @Test
  void batches_are_listed_newest_first_and_per_provider() {
    batches.add(aRunningBatch("b-4", ZHIPU, at(-30)).fail("host unreachable", at(-20)));
    batches.add(aBatchIn(BatchStatus.SUCCEEDED));
    batches.add(aRunningBatch("b-2", ZHIPU, at(50)));
    batches.add(aRunningBatch("b-3", DEEPSEEK, at(200)));

    var all = batches.list();
    var ofDeepseek = batches.listForProvider(DEEPSEEK.id());

    assertThat(all).extracting(b -> b.id().value()).containsExactly("b-3", "b-2", "b-1", "b-4");
    assertThat(ofDeepseek).extracting(b -> b.id().value()).containsExactly("b-3", "b-1");
  }

  @Test
  void an_empty_repository_finds_and_lists_no_batches() {
    var found = batches.find(new BatchId("b-1"));
    var all = batches.list();
    var ofProvider = batches.listForProvider(new ProviderId("p-1"));

    assertThat(found).isEmpty();
    assertThat(all).isEmpty();
    assertThat(ofProvider).isEmpty();
  }

  /** Asserts that the stored batch of {@code expected}'s id equals it in every field. */
  private ImportBatch assertStored(ImportBatch expected) {
    Optional<ImportBatch> found = batches.find(expected.id());
    assertThat(found).isPresent();
    assertThat(found.get()).usingRecursiveComparison().isEqualTo(expected);
    assertThat(found.get().keyResults()).containsExactlyElementsOf(expected.keyResults());
    return found.get();
  }
}
