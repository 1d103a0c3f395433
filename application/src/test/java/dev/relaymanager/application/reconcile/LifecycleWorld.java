package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.access.AccessAfterImport;
import dev.relaymanager.application.access.AccessSessions;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.CloseAccess;
import dev.relaymanager.application.access.ProbeUserObjects;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.ImportProgress;
import dev.relaymanager.application.imports.ImportReport;
import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.domain.access.AccessFixtures;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.port.InMemoryAccessClosureRepository;
import dev.relaymanager.domain.port.InMemoryAccessConnector;
import dev.relaymanager.domain.port.InMemoryHostAdmin;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.port.InMemoryHostObjects;
import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.port.InMemoryHostUsers;
import dev.relaymanager.domain.port.InMemoryImportBatchRepository;
import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.port.InMemoryProbeUserRepository;
import dev.relaymanager.domain.port.InMemoryProviderRepository;
import dev.relaymanager.domain.port.InMemoryReconcileReportRepository;
import dev.relaymanager.domain.port.RecordingPause;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.port.SequentialIdGenerator;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.time.Duration;
import java.time.Instant;

/**
 * One registered in-memory host "prod" with pack cn-core@1.0.0 installed, the import (with its
 * access step), rollback and reconcile use cases over the in-memory fakes, and a clock that moves a
 * minute per import. The host has no probe user, so imports close no access, until {@link
 * #withProbeUser()}.
 */
public final class LifecycleWorld {
  public static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  public static final String KEY_A = ProviderFixtures.KEY_A_TEXT;
  public static final String KEY_B = ProviderFixtures.KEY_B_TEXT;
  public static final String KEY_C = "sk-deepseek-cccccccccccccccc";
  public static final String PROVIDER = "prod/cn-core/deepseek";
  public static final String PROBE_EMAIL = "probe@example.com";
  private static final String PROBE_PASSWORD = "probe-password-1";
  private static final PackRef CN_CORE_1 = PackRef.parse("pack", "cn-core@1.0.0");

  public final MutableClock clock = new MutableClock(NOW);
  public final InMemoryHostRepository hosts = new InMemoryHostRepository();
  public final InMemoryHostConnector connector = new InMemoryHostConnector();
  public final InMemoryPackRepository packs = new InMemoryPackRepository();
  public final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  public final InMemoryImportBatchRepository batches = new InMemoryImportBatchRepository();
  public final InMemoryReconcileReportRepository reports = new InMemoryReconcileReportRepository();
  public final SequentialIdGenerator ids = new SequentialIdGenerator();
  public final InMemoryAccessConnector access =
      new InMemoryAccessConnector(connector.host().objects());
  public final InMemoryProbeUserRepository probeUsers = new InMemoryProbeUserRepository();

  public LifecycleWorld() {
    hosts.add(HostFixtures.aHealthyHost("h-1", "prod"));
    packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
  }

  /**
   * Sets the host's probe user, whose password the manager can read, and a gateway that lists the
   * smoke model and answers it: from now on an import closes access.
   */
  public LifecycleWorld withProbeUser() {
    probeUsers.save(
        new ProbeUser(
            new HostId("h-1"),
            new EmailAddress(PROBE_EMAIL),
            SecretReference.parse("probe_password_ref", "env:PROBE_PW")));
    access
        .scriptedGateway()
        .answerModels(AccessFixtures.aListingWithSmoke())
        .answerChat(AccessFixtures.aCompletion("stop"));
    return this;
  }

  /** Imports {@code keys} to DeepSeek in subscription mode, a minute after the last import. */
  public ImportReport importKeys(String... keys) {
    return importKeysTo("deepseek", "subscription", keys);
  }

  /** Imports {@code keys} to {@code provider} of cn-core in {@code mode}, a minute later. */
  public ImportReport importKeysTo(String provider, String mode, String... keys) {
    clock.advance(Duration.ofMinutes(1));
    ApplyImport apply =
        new ApplyImport(
            targets(), batches, providers, ids, LeaseOwner.of("worker-1"), clock, importAccess());
    String text = String.join("\n", keys) + "\n";
    return apply.execute(
        ApplyImport.Command.parse("prod", "cn-core", provider, mode, text, null, null),
        ImportProgress.NONE);
  }

  /** Import resume, with the access step, as {@code owner}. */
  public ResumeImport resume(String owner) {
    return new ResumeImport(
        targets(), batches, providers, hosts, LeaseOwner.of(owner), clock, importAccess());
  }

  public RollBack rollBack() {
    return new RollBack(
        targets(), batches, providers, hosts, clock, new ProbeUserObjects(accessSessions()));
  }

  public PlanRollback planRollback() {
    return new PlanRollback(
        targets(), batches, providers, hosts, new ProbeUserObjects(accessSessions()));
  }

  /** The users side of the host: the probe user, its subscriptions and keys. */
  public InMemoryHostUsers users() {
    return access.hostUsers();
  }

  public Reconcile reconcile() {
    return new Reconcile(setup());
  }

  public Repair repair() {
    return new Repair(setup());
  }

  public PlanRepair planRepair() {
    return new PlanRepair(hosts, providers, packs, batches, sessions());
  }

  public Prune prune() {
    return new Prune(setup());
  }

  private ReconcileSetup setup() {
    return new ReconcileSetup(hosts, providers, packs, batches, reports, sessions(), ids, clock);
  }

  public PlanPrune planPrune() {
    return new PlanPrune(hosts, providers, packs, batches, sessions());
  }

  /** A reconcile of the whole host "prod". */
  public ReconcileReportView reconcileHost() {
    return reconcile().execute(ReconcileTarget.parse(null, "prod"));
  }

  /** A reconcile of DeepSeek on "prod". */
  public ReconcileReportView reconcileProvider() {
    return reconcile().execute(ReconcileTarget.parse(PROVIDER, null));
  }

  public InMemoryHostAdmin host() {
    return connector.host();
  }

  public InMemoryHostObjects objects() {
    return connector.host().objects();
  }

  /** DeepSeek's provider record as stored now. */
  public Provider provider() {
    return providers.list().get(0);
  }

  /** The desired objects of DeepSeek in subscription mode, marked as made by {@code batch}. */
  public Blueprint blueprint(String batch) {
    InstalledPack pack = packs.find(CN_CORE_1).orElseThrow();
    return Blueprint.of(
        pack.pack().provider(new ProviderName("deepseek")).orElseThrow(),
        CN_CORE_1,
        ImportMode.SUBSCRIPTION,
        ResourcePrefix.DEFAULT,
        InMemoryHostConnector.healthyInspection().capabilities(),
        new BatchId(batch));
  }

  public static Secret key(String text) {
    return Secret.of(text);
  }

  private HostSessions sessions() {
    return new HostSessions(connector, secrets());
  }

  private static SecretResolver secrets() {
    return reference ->
        reference.toString().equals("env:PROBE_PW")
            ? Secret.of(PROBE_PASSWORD)
            : Secret.of("admin-" + "b".repeat(64));
  }

  private AccessSessions accessSessions() {
    return new AccessSessions(sessions(), access, probeUsers, secrets());
  }

  private AccessAfterImport importAccess() {
    AccessSessions sessions = accessSessions();
    CheckAccess check =
        new CheckAccess(
            sessions,
            probeUsers,
            new InMemoryAccessClosureRepository(),
            new RecordingPause(),
            clock);
    return new AccessAfterImport(new CloseAccess(sessions), check, probeUsers);
  }

  private ImportTargets targets() {
    return new ImportTargets(hosts, packs, providers, sessions(), ids, clock);
  }
}
