package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Import batches in the states tests need, named by scenario. */
public final class BatchFixtures {
  public static final Instant STARTED = Instant.parse("2026-11-21T09:00:00Z");
  public static final Duration LEASE = Duration.ofMinutes(2);
  public static final String OWNER = "worker-1";
  public static final KeyFingerprint KEY_A = ProviderFixtures.KEY_A.fingerprint();
  public static final KeyFingerprint KEY_B = ProviderFixtures.KEY_B.fingerprint();

  private BatchFixtures() {}

  /** A batch of two keys that has just started, held by {@link #OWNER}. */
  public static ImportBatch aRunningBatchWithTwoKeys() {
    BatchHeader header =
        new BatchHeader(
            ProviderFixtures.BATCH,
            new ProviderId("p-1"),
            new HostId("h-1"),
            ProviderFixtures.CN_CORE,
            new ProviderName("deepseek"),
            ImportMode.SUBSCRIPTION,
            List.of(KEY_A, KEY_B),
            STARTED);
    return ImportBatch.start(header, OWNER, STARTED, LEASE);
  }

  /** A running batch that created its group (id 12) and adopted the account of key A (id 101). */
  public static ImportBatch aBatchThatCreatedAGroupAndAdoptedAnAccount() {
    ImportBatch batch =
        aRunningBatchWithTwoKeys().recordIntent(IntentKind.CREATE_GROUP, "rm-g", at(1));
    batch = batch.completeIntent(batch.lastIntent().id(), 12, IntentOrigin.CREATED, at(2));
    batch = batch.recordAccountIntent(IntentKind.CREATE_ACCOUNT, "rm-a", KEY_A, at(3));
    return batch.completeIntent(batch.lastIntent().id(), 101, IntentOrigin.ADOPTED, at(4));
  }

  /** A key whose account passed its test. */
  public static KeyResult passed(KeyFingerprint key, long accountId) {
    return new KeyResult.Tested(
        key,
        accountId,
        KeyResult.AccountOrigin.CREATED,
        new AccountTestOutcome.Passed("deepseek-flash"),
        Duration.ofSeconds(3));
  }

  /** A key whose account test failed with {@code failure}. */
  public static KeyResult failed(KeyFingerprint key, long accountId, FailureClass failure) {
    return new KeyResult.Tested(
        key,
        accountId,
        KeyResult.AccountOrigin.CREATED,
        new AccountTestOutcome.Failed(failure, 402, "API returned 402: Insufficient Balance"),
        Duration.ofSeconds(2));
  }

  /** {@code seconds} after the start. */
  public static Instant at(int seconds) {
    return STARTED.plusSeconds(seconds);
  }
}
