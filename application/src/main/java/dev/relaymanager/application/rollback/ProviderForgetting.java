package dev.relaymanager.application.rollback;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.ProviderObjects;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import java.time.Instant;

/** Removes from the provider's record the host objects a batch's rollback deleted. */
final class ProviderForgetting {
  private ProviderForgetting() {}

  static void forgetDeleted(ProviderRepository providers, ImportBatch batch, Instant now) {
    providers
        .find(batch.header().providerId())
        .ifPresent(provider -> providers.save(forget(provider, batch, now)));
  }

  private static Provider forget(Provider provider, ImportBatch batch, Instant now) {
    Provider updated = provider;
    for (Intent intent : batch.intents()) {
      if (intent.kind().isDelete() && intent.state() == IntentState.DONE) {
        updated = ProviderObjects.forgetDeleted(updated, intent, now);
      }
    }
    return updated;
  }
}
