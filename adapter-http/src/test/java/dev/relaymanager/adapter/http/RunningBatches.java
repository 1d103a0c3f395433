package dev.relaymanager.adapter.http;

import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A batch of a provider that another process runs now (its lease far from expiring). */
final class RunningBatches {
  private RunningBatches() {}

  static ImportBatch of(Provider provider, String id) {
    Instant now = Instant.parse("2026-11-02T08:00:00Z");
    BatchHeader header =
        new BatchHeader(
            new BatchId(id),
            provider.id(),
            provider.hostId(),
            PackRef.parse("pack", "cn-core@1.0.0"),
            new ProviderName("deepseek"),
            ImportMode.SUBSCRIPTION,
            List.of(Secret.of("sk-deepseek-cccccccccccccccc").fingerprint()),
            now);
    return ImportBatch.start(header, "other-process", now, Duration.ofMinutes(10));
  }
}
