package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.ProviderObjects;
import dev.relaymanager.domain.provider.Provider;
import java.time.Instant;

/**
 * Brings a provider record up to date with a batch: the objects the batch created or adopted are
 * recorded, the ones it deleted forgotten, and the batch and its pack version noted. The probe
 * user's objects are the host's, not the provider's: they are not recorded.
 */
final class ProviderRecords {
  private ProviderRecords() {}

  static Provider afterBatch(Provider provider, ImportBatch batch, Instant now) {
    Provider updated = provider;
    for (Intent intent : batch.intents()) {
      if (intent.state() != IntentState.DONE || intent.kind().object().isUserSide()) {
        continue;
      }
      if (intent.kind().isDelete()) {
        updated = ProviderObjects.forgetDeleted(updated, intent, now);
      } else if (intent.kind().isCreate()) {
        updated = recordObject(updated, batch, intent, now);
      }
    }
    return updated.recordBatch(batch.id(), batch.header().pack(), now);
  }

  private static Provider recordObject(
      Provider provider, ImportBatch batch, Intent intent, Instant now) {
    long id = intent.hostObjectId();
    switch (intent.kind().object()) {
      case GROUP:
        return provider.recordGroup(batch.header().mode(), id, now);
      case CHANNEL:
        return provider.recordChannel(id, now);
      case ACCOUNT:
        return provider.recordAccount(intent.fingerprint().orElseThrow(), id, now);
      default:
        throw new AssertionError(intent);
    }
  }
}
