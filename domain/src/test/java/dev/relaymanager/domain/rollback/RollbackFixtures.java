package dev.relaymanager.domain.rollback;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;

import dev.relaymanager.domain.batch.BatchFixtures;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.LiveFixtures;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;

/**
 * Batch b-1 of DeepSeek in subscription mode that created group 12, channel 3 and the account of
 * key A (101) and adopted the account of key B (102), and the host as it left them.
 */
final class RollbackFixtures {
  static final long GROUP = 12;
  static final long CHANNEL = 3;
  static final long ACCOUNT_A = 101;
  static final long ACCOUNT_B = 102;
  static final Blueprint BLUEPRINT = ProviderFixtures.aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

  private RollbackFixtures() {}

  /** Batch b-1, succeeded. */
  static ImportBatch aSucceededBatch() {
    ImportBatch batch = BatchFixtures.aRunningBatchWithTwoKeys();
    batch = created(batch, IntentKind.CREATE_GROUP, GROUP, IntentOrigin.CREATED);
    batch = created(batch, IntentKind.CREATE_CHANNEL, CHANNEL, IntentOrigin.CREATED);
    batch = account(batch, KEY_A, ACCOUNT_A, IntentOrigin.CREATED);
    batch = account(batch, KEY_B, ACCOUNT_B, IntentOrigin.ADOPTED);
    return batch
        .recordKeyResult(passed(KEY_A, ACCOUNT_A))
        .recordKeyResult(passed(KEY_B, ACCOUNT_B))
        .finish(at(30));
  }

  /** Batch b-2, a later import of key B only, which adopted group 12 and account 102. */
  static ImportBatch aLaterBatchUsingTheGroup() {
    BatchHeader first = BatchFixtures.aRunningBatchWithTwoKeys().header();
    BatchHeader header =
        new BatchHeader(
            new BatchId("b-2"),
            first.providerId(),
            first.hostId(),
            first.pack(),
            first.provider(),
            first.mode(),
            List.of(KEY_B),
            at(100));
    ImportBatch batch = ImportBatch.start(header, "worker-2", at(100), BatchFixtures.LEASE);
    batch = created(batch, IntentKind.CREATE_GROUP, GROUP, IntentOrigin.ADOPTED);
    batch = account(batch, KEY_B, ACCOUNT_B, IntentOrigin.ADOPTED);
    return batch.recordKeyResult(passed(KEY_B, ACCOUNT_B)).finish(at(130));
  }

  /** {@code batch} with every delete of {@code plan} done, as an executed rollback leaves it. */
  static ImportBatch afterDeleting(ImportBatch batch, RollbackPlan plan) {
    ImportBatch done = batch;
    for (RollbackStep.Delete delete : plan.deletions()) {
      IntentKind kind = IntentKind.valueOf("DELETE_" + delete.kind().name());
      done = done.recordIntent(kind, delete.name(), at(200));
      done =
          done.completeIntent(done.lastIntent().id(), delete.hostId(), IntentOrigin.NONE, at(201));
    }
    return done;
  }

  /** The host as batch b-1 left it. */
  static LiveState theHostAfterTheImport() {
    return new LiveState(
        List.of(LiveFixtures.aLiveGroupFrom(BLUEPRINT.group(), GROUP)),
        List.of(LiveFixtures.aLiveChannelFrom(BLUEPRINT.channel(List.of(GROUP)), CHANNEL)),
        List.of(
            LiveFixtures.aLiveAccountFrom(
                BLUEPRINT.account(ProviderFixtures.KEY_A, List.of(GROUP)), ACCOUNT_A),
            LiveFixtures.aLiveAccountFrom(
                BLUEPRINT.account(ProviderFixtures.KEY_B, List.of(GROUP)), ACCOUNT_B)));
  }

  private static ImportBatch created(
      ImportBatch batch, IntentKind kind, long id, IntentOrigin origin) {
    ImportBatch announced = batch.recordIntent(kind, "rm-" + kind.object().wireName(), at(1));
    return announced.completeIntent(announced.lastIntent().id(), id, origin, at(2));
  }

  private static ImportBatch account(
      ImportBatch batch, KeyFingerprint key, long id, IntentOrigin origin) {
    ImportBatch announced =
        batch.recordAccountIntent(IntentKind.CREATE_ACCOUNT, "rm-account", key, at(3));
    return announced.completeIntent(announced.lastIntent().id(), id, origin, at(4));
  }
}
