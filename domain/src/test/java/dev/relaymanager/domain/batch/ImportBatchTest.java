package dev.relaymanager.domain.batch;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.batch.BatchFixtures.LEASE;
import static dev.relaymanager.domain.batch.BatchFixtures.OWNER;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.failed;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.FailureClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportBatchTest {
  @Test
  void a_batch_whose_keys_all_pass_succeeds() {
    ImportBatch batch =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(passed(KEY_B, 102));

    ImportBatch finished = batch.finish(at(30));

    assertThat(finished.status()).isEqualTo(BatchStatus.SUCCEEDED);
    assertThat(finished.finishedAt()).contains(at(30));
    assertThat(batch.status()).isEqualTo(BatchStatus.RUNNING);
  }

  @Test
  void all_keys_passing_with_the_mode_ready_succeeds() {
    ImportBatch batch =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(passed(KEY_B, 102))
            .recordAccess(new BatchAccess(AccessStatus.SUBSCRIPTION_READY, "", "listed, answered"));

    ImportBatch finished = batch.finish(at(30));

    assertThat(finished.status()).isEqualTo(BatchStatus.SUCCEEDED);
    assertThat(finished.access().orElseThrow().status()).isEqualTo(AccessStatus.SUBSCRIPTION_READY);
  }

  @Test
  void all_keys_passing_but_the_mode_not_ready_partially_succeeds_and_says_why() {
    ImportBatch batch =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(passed(KEY_B, 102))
            .recordAccess(new BatchAccess(AccessStatus.BROKEN, "access_not_closed", "403 balance"));

    ImportBatch finished = batch.finish(at(30));

    assertThat(finished.status()).isEqualTo(BatchStatus.PARTIALLY_SUCCEEDED);
    assertThat(finished.access().orElseThrow().hint())
        .isEqualTo(FailureClass.ACCESS_NOT_CLOSED.hint());
  }

  @Test
  void one_key_out_of_quota_makes_the_batch_partially_succeed() {
    ImportBatch batch =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(failed(KEY_B, 102, FailureClass.UPSTREAM_KEY_QUOTA));

    ImportBatch finished = batch.finish(at(30));

    assertThat(finished.status()).isEqualTo(BatchStatus.PARTIALLY_SUCCEEDED);
  }

  @Test
  void a_rate_limited_test_is_advisory_and_every_key_failing_hard_fails_the_batch() {
    ImportBatch limited =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(failed(KEY_B, 102, FailureClass.RATE_LIMITED));
    ImportBatch allBad =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(new KeyResult.NotCreated(KEY_A, "internal error", Duration.ZERO))
            .recordKeyResult(failed(KEY_B, 102, FailureClass.UPSTREAM_AUTH_ERROR));

    BatchStatus advisory = limited.finish(at(30)).status();

    assertThat(advisory).isEqualTo(BatchStatus.SUCCEEDED);
    assertThat(allBad.finish(at(30)).status()).isEqualTo(BatchStatus.FAILED);
  }

  @Test
  void a_batch_with_an_unsettled_write_cannot_finish_but_resume_sees_it() {
    ImportBatch batch =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordAccountIntent(IntentKind.CREATE_ACCOUNT, "rm-a", KEY_A, at(1));

    List<Intent> pending = batch.pendingIntents();

    assertThat(pending).singleElement().satisfies(i -> assertThat(i.fingerprint()).contains(KEY_A));
    assertThatThrownBy(() -> batch.finish(at(2))).isInstanceOf(ConflictException.class);
  }

  @Test
  void objects_created_exclude_adopted_ones_and_those_deleted_since() {
    ImportBatch batch = BatchFixtures.aBatchThatCreatedAGroupAndAdoptedAnAccount();

    List<Intent> created = batch.objectsCreated();

    assertThat(created).extracting(Intent::hostObjectId).containsExactly(12L);
    ImportBatch failed = batch.fail("host unreachable", at(5));
    ImportBatch deleting = failed.recordIntent(IntentKind.DELETE_GROUP, "rm-g", at(6));
    ImportBatch deleted =
        deleting.completeIntent(deleting.lastIntent().id(), 12, IntentOrigin.NONE, at(7));
    assertThat(deleted.objectsCreated()).isEmpty();
    assertThat(deleted.markRolledBack(at(8)).status()).isEqualTo(BatchStatus.ROLLED_BACK);
  }

  @Test
  void an_expired_lease_is_taken_over_by_resume_but_a_live_one_is_not() {
    ImportBatch batch = BatchFixtures.aRunningBatchWithTwoKeys();

    ImportBatch resumed = batch.resume("worker-2", at(121), LEASE);

    assertThat(resumed.lease().owner()).isEqualTo("worker-2");
    assertThatThrownBy(() -> batch.resume("worker-2", at(60), LEASE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(OWNER);
    assertThatThrownBy(() -> resumed.checkLease(OWNER, at(122)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void a_second_batch_for_the_provider_is_refused_while_one_runs() {
    ImportBatch running = BatchFixtures.aRunningBatchWithTwoKeys();

    var refusal = assertThatThrownBy(() -> BatchAdmission.checkCanStart(List.of(running), at(10)));

    refusal.isInstanceOf(ConflictException.class).hasMessageContaining("is running");
    assertThatThrownBy(() -> BatchAdmission.checkCanStart(List.of(running), at(500)))
        .hasMessageContaining("import resume b-1");
  }

  @Test
  void finished_batches_take_no_more_import_writes_and_statuses_follow_the_machine() {
    ImportBatch succeeded =
        BatchFixtures.aRunningBatchWithTwoKeys()
            .recordKeyResult(passed(KEY_A, 101))
            .recordKeyResult(passed(KEY_B, 102))
            .finish(at(30));

    var refusal =
        assertThatThrownBy(() -> succeeded.recordIntent(IntentKind.CREATE_GROUP, "rm-g", at(31)));

    refusal.isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> succeeded.resume(OWNER, at(31), LEASE))
        .isInstanceOf(ConflictException.class);
    assertThat(BatchStatus.FAILED.canTransitionTo(BatchStatus.RUNNING)).isTrue();
    assertThat(BatchStatus.ROLLED_BACK.canTransitionTo(BatchStatus.RUNNING)).isFalse();
    assertThat(BatchStatus.SUCCEEDED.canTransitionTo(BatchStatus.FAILED)).isFalse();
  }

  @Test
  void a_failed_batch_is_resumed_with_its_journal_kept() {
    ImportBatch failed =
        BatchFixtures.aBatchThatCreatedAGroupAndAdoptedAnAccount().fail("boom", at(9));

    ImportBatch resumed = failed.resume("worker-3", at(10), LEASE);

    assertThat(resumed.status()).isEqualTo(BatchStatus.RUNNING);
    assertThat(resumed.intents()).hasSize(2);
    assertThat(resumed.failureReason()).isEmpty();
    assertThat(failed.failureReason()).contains("boom");
  }
}
