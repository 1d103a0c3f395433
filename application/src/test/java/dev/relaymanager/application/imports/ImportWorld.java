package dev.relaymanager.application.imports;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.port.InMemoryHostAdmin;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.port.InMemoryHostObjects;
import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.port.InMemoryImportBatchRepository;
import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.port.InMemoryProviderRepository;
import dev.relaymanager.domain.port.SequentialIdGenerator;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One registered host "prod" (in memory), pack cn-core@1.0.0 installed, and the import use cases.
 */
final class ImportWorld {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  static final String KEY_A = ProviderFixtures.KEY_A_TEXT;
  static final String KEY_B = ProviderFixtures.KEY_B_TEXT;
  static final String KEY_C = "sk-deepseek-cccccccccccccccc";
  static final PackRef CN_CORE_1 = PackRef.parse("pack", "cn-core@1.0.0");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryHostRepository hosts = new InMemoryHostRepository();
  final InMemoryHostConnector connector = new InMemoryHostConnector();
  final InMemoryPackRepository packs = new InMemoryPackRepository();
  final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  final InMemoryImportBatchRepository batches = new InMemoryImportBatchRepository();
  final SequentialIdGenerator ids = new SequentialIdGenerator();

  ImportWorld() {
    hosts.add(HostFixtures.aHealthyHost("h-1", "prod"));
    packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
  }

  ImportTargets targets() {
    HostSessions sessions =
        new HostSessions(connector, reference -> Secret.of("admin-" + "b".repeat(64)));
    return new ImportTargets(hosts, packs, providers, sessions, ids, clock);
  }

  PreviewImport preview() {
    return new PreviewImport(targets());
  }

  ApplyImport apply(String owner) {
    return new ApplyImport(targets(), batches, providers, ids, LeaseOwner.of(owner), clock);
  }

  ResumeImport resume(String owner) {
    return new ResumeImport(targets(), batches, providers, hosts, LeaseOwner.of(owner), clock);
  }

  /** Applies {@code keys} to DeepSeek of cn-core in subscription mode as worker-1. */
  ImportReport applyKeys(String... keys) {
    return apply("worker-1").execute(command("cn-core", "keep", keys), ImportProgress.NONE);
  }

  static ApplyImport.Command command(String pack, String onFailure, String... keys) {
    return ApplyImport.Command.parse(
        "prod", pack, "deepseek", "subscription", lines(keys), null, onFailure);
  }

  static String lines(String... keys) {
    return String.join("\n", keys) + "\n";
  }

  static KeyFingerprint fingerprint(String key) {
    return Secret.of(key).fingerprint();
  }

  InMemoryHostAdmin host() {
    return connector.host();
  }

  InMemoryHostObjects objects() {
    return connector.host().objects();
  }

  /** The desired objects of DeepSeek in subscription mode for {@code batch}. */
  Blueprint blueprint(BatchId batch) {
    InstalledPack pack = packs.find(CN_CORE_1).orElseThrow();
    return Blueprint.of(
        pack.pack().provider(new ProviderName("deepseek")).orElseThrow(),
        CN_CORE_1,
        ImportMode.SUBSCRIPTION,
        ResourcePrefix.DEFAULT,
        InMemoryHostConnector.healthyInspection().capabilities(),
        batch);
  }

  /** A batch of {@code keys} that {@code owner} started at {@code startedAt} and then died. */
  ImportBatch aBatchLeftBehind(String id, String owner, Instant startedAt, String... keys) {
    BatchHeader header =
        new BatchHeader(
            new BatchId(id),
            providers.list().get(0).id(),
            new HostId("h-1"),
            CN_CORE_1,
            new ProviderName("deepseek"),
            ImportMode.SUBSCRIPTION,
            List.of(keys).stream().map(ImportWorld::fingerprint).toList(),
            startedAt);
    return ImportBatch.start(header, owner, startedAt, Duration.ofMinutes(2));
  }
}
