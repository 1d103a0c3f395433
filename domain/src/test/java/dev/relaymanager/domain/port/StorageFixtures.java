package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.batch.BatchFixtures.LEASE;
import static dev.relaymanager.domain.batch.BatchFixtures.OWNER;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.failed;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;

import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The stored state the provider and batch repository contracts start from: two hosts, two providers
 * on the first, and batches of those providers in every state the store must keep.
 */
public final class StorageFixtures {
  public static final KeyFingerprint KEY_C =
      Secret.of("sk-deepseek-cccccccccccccccc").fingerprint();

  /** DeepSeek of cn-core on h-1. */
  public static final Provider DEEPSEEK = aProvider("p-1", "h-1", "cn-core", "deepseek");

  /** Zhipu of cn-core on h-1. */
  public static final Provider ZHIPU = aProvider("p-2", "h-1", "cn-core", "zhipu");

  private StorageFixtures() {}

  /** The hosts h-1 and h-2 that stores with foreign keys must hold before any provider. */
  public static List<Host> hosts() {
    return List.of(
        HostFixtures.aRegisteredHost("h-1", "prod"),
        HostFixtures.aRegisteredHost("h-2", "staging"));
  }

  /** The providers that stores with foreign keys must hold before any batch. */
  public static List<Provider> providers() {
    return List.of(DEEPSEEK, ZHIPU);
  }

  /** A provider of {@code pack}@1.0.0 on {@code host} that manages nothing yet. */
  public static Provider aProvider(String id, String host, String pack, String name) {
    return Provider.restore(
        new ProviderId(id),
        new HostId(host),
        new PackRef(new PackName(pack), ProviderFixtures.CN_CORE.version()),
        new ProviderName(name),
        Map.of(),
        0,
        Map.of(),
        List.of(),
        ProviderFixtures.NOW,
        ProviderFixtures.NOW);
  }

  /** A batch of keys A, B and C of {@code provider}, just started at {@code startedAt}. */
  public static ImportBatch aRunningBatch(String id, Provider provider, Instant startedAt) {
    BatchHeader header =
        new BatchHeader(
            new BatchId(id),
            provider.id(),
            provider.hostId(),
            provider.pack(),
            provider.name(),
            ImportMode.SELF_SERVICE,
            List.of(KEY_A, KEY_B, KEY_C),
            startedAt);
    return ImportBatch.start(header, OWNER, startedAt, LEASE);
  }

  /**
   * A running batch of DeepSeek with one intent of every kind: each third one done (the creates of
   * group and account made, the channel adopted), failed, or still pending.
   */
  public static ImportBatch aBatchWithAnIntentOfEveryKind() {
    ImportBatch batch = aRunningBatch("b-1", DEEPSEEK, at(0));
    IntentKind[] kinds = IntentKind.values();
    for (int i = 0; i < kinds.length; i++) {
      batch =
          kinds[i].object() == HostObjectKind.ACCOUNT
              ? batch.recordAccountIntent(kinds[i], "rm-" + i, i % 2 == 0 ? KEY_A : KEY_B, at(i))
              : batch.recordIntent(kinds[i], "rm-" + i, at(i));
      int id = batch.lastIntent().id();
      if (i % 3 == 0) {
        IntentOrigin how = i % 2 == 0 ? IntentOrigin.CREATED : IntentOrigin.ADOPTED;
        batch = batch.completeIntent(id, 100 + i, how, at(i).plusMillis(250));
      } else if (i % 3 == 1) {
        batch = batch.failIntent(id, "HTTP 409: name is taken (" + i + ")", at(i).plusNanos(7));
      }
    }
    return batch;
  }

  /** A batch of DeepSeek in {@code status}, finished (if it is) at {@code at(60)} or later. */
  public static ImportBatch aBatchIn(BatchStatus status) {
    ImportBatch running = aRunningBatch("b-1", DEEPSEEK, at(0));
    ImportBatch twoPassed =
        running.recordKeyResult(passed(KEY_A, 101)).recordKeyResult(passed(KEY_B, 102));
    ImportBatch tested =
        twoPassed.recordKeyResult(failed(KEY_C, 103, FailureClass.UPSTREAM_KEY_QUOTA));
    switch (status) {
      case RUNNING:
        return running;
      case SUCCEEDED:
        return twoPassed.recordKeyResult(passed(KEY_C, 103)).finish(at(60));
      case PARTIALLY_SUCCEEDED:
        return tested.finish(at(60));
      case FAILED:
        return tested.fail("host unreachable: connect timed out", at(60));
      case ROLLED_BACK:
        return tested.finish(at(60)).markRolledBack(at(120));
      case ROLLBACK_FAILED:
        return tested.finish(at(60)).markRollbackFailed("channel 7 is still on the host", at(120));
      default:
        throw new AssertionError(status);
    }
  }
}
