package dev.relaymanager.domain.batch;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.Marker;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.BatchId;
import org.junit.jupiter.api.Test;

class ImportBatchRecoveryTest {
  @Test
  void the_batch_knows_which_objects_it_created_and_which_it_adopted() {
    ImportBatch batch = BatchFixtures.aBatchThatCreatedAGroupAndAdoptedAnAccount();

    assertThat(batch.originOf(HostObjectKind.GROUP, 12)).contains(IntentOrigin.CREATED);
    assertThat(batch.originOf(HostObjectKind.ACCOUNT, 101)).contains(IntentOrigin.ADOPTED);
    assertThat(batch.originOf(HostObjectKind.ACCOUNT, 12)).isEmpty();
  }

  @Test
  void keys_without_a_result_are_what_a_resume_still_has_to_do() {
    ImportBatch batch = BatchFixtures.aRunningBatchWithTwoKeys().recordKeyResult(passed(KEY_A, 1));

    assertThat(batch.keysWithoutResult()).containsExactly(KEY_B);
  }

  @Test
  void an_object_found_with_this_batchs_marker_was_created_by_it() {
    String notes =
        Marker.of(ProviderFixtures.CN_CORE, new ProviderName("deepseek"), ProviderFixtures.BATCH)
            .text();

    assertThat(IntentOrigin.ofFound(notes, ProviderFixtures.BATCH)).isEqualTo(IntentOrigin.CREATED);
    assertThat(IntentOrigin.ofFound(notes, new BatchId("b-0"))).isEqualTo(IntentOrigin.ADOPTED);
    assertThat(IntentOrigin.ofFound("hand made", ProviderFixtures.BATCH))
        .isEqualTo(IntentOrigin.ADOPTED);
  }

  @Test
  void only_running_and_failed_batches_can_be_resumed() {
    assertThat(BatchStatus.RUNNING.isResumable()).isTrue();
    assertThat(BatchStatus.FAILED.isResumable()).isTrue();
    assertThat(BatchStatus.SUCCEEDED.isResumable()).isFalse();
    assertThat(BatchStatus.ROLLED_BACK.isResumable()).isFalse();
  }
}
