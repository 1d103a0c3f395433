package dev.relaymanager.bootstrap;

import dev.relaymanager.adapter.sqlite.JdbiHostRepository;
import dev.relaymanager.adapter.sqlite.JdbiImportBatchRepository;
import dev.relaymanager.adapter.sqlite.JdbiPackRepository;
import dev.relaymanager.adapter.sqlite.JdbiProviderRepository;
import dev.relaymanager.adapter.sqlite.JdbiReconcileReportRepository;
import dev.relaymanager.adapter.sqlite.SqliteDatabase;
import dev.relaymanager.adapter.sub2api.Sub2apiAccessConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiHostConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiSettings;
import dev.relaymanager.application.access.AccessTargets;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.SetProbeUser;
import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.host.ListHosts;
import dev.relaymanager.application.host.ProbeHost;
import dev.relaymanager.application.host.RegisterHost;
import dev.relaymanager.application.host.RemoveHost;
import dev.relaymanager.application.host.ShowHost;
import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.application.imports.ListBatches;
import dev.relaymanager.application.imports.ListProviders;
import dev.relaymanager.application.imports.PreviewImport;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.imports.ShowBatch;
import dev.relaymanager.application.imports.ShowProvider;
import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.application.pack.InstallPack;
import dev.relaymanager.application.pack.ListPacks;
import dev.relaymanager.application.pack.ShowPack;
import dev.relaymanager.application.pack.ValidatePack;
import dev.relaymanager.application.reconcile.ListReconcileReports;
import dev.relaymanager.application.reconcile.PlanPrune;
import dev.relaymanager.application.reconcile.PlanRepair;
import dev.relaymanager.application.reconcile.Prune;
import dev.relaymanager.application.reconcile.Reconcile;
import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.application.reconcile.ShowReconcileReport;
import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.domain.port.AccessConnector;
import dev.relaymanager.domain.port.HostConnector;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.shared.RelayException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The application wired with its real adapters (SQLite state, the sub2api client): the one
 * composition root, used by the CLI, the HTTP server and any JVM tool that embeds the manager.
 */
public final class RelayManager implements AutoCloseable {
  private final HostRepository hosts;
  private final RegisterHost registerHost;
  private final ListHosts listHosts;
  private final ShowHost showHost;
  private final ProbeHost probeHost;
  private final RemoveHost removeHost;
  private final ValidatePack validatePack;
  private final InstallPack installPack;
  private final ListPacks listPacks;
  private final ShowPack showPack;
  private final ImportWiring imports;
  private final AccessWiring access;
  private final RollbackWiring rollbacks;
  private final ReconcileWiring reconciles;

  private RelayManager(Builder builder, SqliteDatabase database) {
    this.hosts = new JdbiHostRepository(database);
    HostLookup lookup = new HostLookup(hosts);
    HostSessions sessions = new HostSessions(builder.hostConnector(), builder.secretResolver);
    this.registerHost =
        new RegisterHost(hosts, builder.secretResolver, builder.idGenerator, builder.clock);
    this.listHosts = new ListHosts(hosts);
    this.showHost = new ShowHost(lookup);
    this.probeHost = new ProbeHost(lookup, hosts, sessions, builder.clock);
    this.removeHost = new RemoveHost(lookup, hosts);
    PackRepository packs = new JdbiPackRepository(database);
    YamlPackDocumentReader reader = new YamlPackDocumentReader();
    BuiltinPacks builtins = new BuiltinPacks();
    this.validatePack = new ValidatePack(reader, builtins);
    this.installPack = new InstallPack(reader, builtins, packs, builder.clock);
    this.listPacks = new ListPacks(packs);
    this.showPack = new ShowPack(packs);
    ImportWiring.Parts parts =
        new ImportWiring.Parts(
            hosts,
            packs,
            new JdbiProviderRepository(database),
            new JdbiImportBatchRepository(database),
            sessions,
            builder.idGenerator,
            builder.leaseOwner(),
            builder.clock);
    this.access =
        AccessWiring.of(parts, database, builder.accessConnector(), builder.secretResolver);
    this.imports = ImportWiring.of(parts, access.importStep());
    this.rollbacks = RollbackWiring.of(parts);
    this.reconciles = ReconcileWiring.of(parts, new JdbiReconcileReportRepository(database));
  }

  /**
   * The pack validator on its own: it needs no state, so {@code packs validate} never creates or
   * opens a state file.
   */
  public static ValidatePack statelessValidatePack() {
    return new ValidatePack(new YamlPackDocumentReader(), new BuiltinPacks());
  }

  /** A builder; only {@link Builder#database(Path)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  public RegisterHost registerHost() {
    return registerHost;
  }

  public ListHosts listHosts() {
    return listHosts;
  }

  public ShowHost showHost() {
    return showHost;
  }

  public ProbeHost probeHost() {
    return probeHost;
  }

  public RemoveHost removeHost() {
    return removeHost;
  }

  public ValidatePack validatePack() {
    return validatePack;
  }

  public InstallPack installPack() {
    return installPack;
  }

  public ListPacks listPacks() {
    return listPacks;
  }

  public ShowPack showPack() {
    return showPack;
  }

  public PreviewImport previewImport() {
    return imports.preview();
  }

  public ApplyImport applyImport() {
    return imports.apply();
  }

  public ResumeImport resumeImport() {
    return imports.resume();
  }

  public ListBatches listBatches() {
    return imports.listBatches();
  }

  public ShowBatch showBatch() {
    return imports.showBatch();
  }

  public ListProviders listProviders() {
    return imports.listProviders();
  }

  public SetProbeUser setProbeUser() {
    return access.setProbeUser();
  }

  public CheckAccess checkAccess() {
    return access.checkAccess();
  }

  public AssignSubscriptions assignSubscriptions() {
    return access.assignSubscriptions();
  }

  public AccessTargets accessTargets() {
    return access.targets();
  }

  public ShowProvider showProvider() {
    return imports.showProvider();
  }

  public PlanRollback planRollback() {
    return rollbacks.plan();
  }

  public RollBack rollBack() {
    return rollbacks.rollBack();
  }

  public Reconcile reconcile() {
    return reconciles.reconcile();
  }

  public PlanRepair planRepair() {
    return reconciles.planRepair();
  }

  public Repair repair() {
    return reconciles.repair();
  }

  public PlanPrune planPrune() {
    return reconciles.planPrune();
  }

  public Prune prune() {
    return reconciles.prune();
  }

  public ListReconcileReports listReconcileReports() {
    return reconciles.listReports();
  }

  public ShowReconcileReport showReconcileReport() {
    return reconciles.showReport();
  }

  /** Whether the state database answers a query; never throws. */
  public boolean isReady() {
    try {
      hosts.list();
      return true;
    } catch (RelayException | IllegalStateException e) {
      return false;
    }
  }

  /**
   * Releases the state. The SQLite adapter opens a connection per call and pools none, so there is
   * nothing to release yet; callers close anyway so that pooled adapters can be wired later.
   */
  @Override
  public void close() {
    // Nothing is held open between calls (see the Javadoc).
  }

  /** Chooses the adapters; defaults are the production ones. */
  public static final class Builder {
    private Path database;
    private SecretResolver secretResolver = new LocalSecretResolver(System.getenv());
    private Clock clock = Clock.systemUTC();
    private IdGenerator idGenerator = new UuidIdGenerator();
    private HostConnector hostConnector;
    private AccessConnector accessConnector;
    private LeaseOwner leaseOwner;

    private Builder() {}

    /** The SQLite state file; created and migrated if needed. Required. */
    public Builder database(Path database) {
      this.database = Objects.requireNonNull(database, "database");
      return this;
    }

    /** Where secret references are read; defaults to the process environment and files. */
    public Builder secretResolver(SecretResolver secretResolver) {
      this.secretResolver = Objects.requireNonNull(secretResolver, "secretResolver");
      return this;
    }

    /** Defaults to the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Defaults to random UUIDs. */
    public Builder idGenerator(IdGenerator idGenerator) {
      this.idGenerator = Objects.requireNonNull(idGenerator, "idGenerator");
      return this;
    }

    /**
     * How users, gateways and providers are reached for access closure; defaults to the sub2api
     * client with default timeouts.
     */
    public Builder accessConnector(AccessConnector accessConnector) {
      this.accessConnector = Objects.requireNonNull(accessConnector, "accessConnector");
      return this;
    }

    /** How hosts are reached; defaults to the sub2api client with default timeouts. */
    public Builder hostConnector(HostConnector hostConnector) {
      this.hostConnector = Objects.requireNonNull(hostConnector, "hostConnector");
      return this;
    }

    /**
     * This process as the holder of import batch leases; one per process, shared by every state
     * file it opens. Defaults to {@code <hostname>:<pid>:<uuid>} with the default lease time.
     */
    public Builder leaseOwner(LeaseOwner leaseOwner) {
      this.leaseOwner = Objects.requireNonNull(leaseOwner, "leaseOwner");
      return this;
    }

    /**
     * Opens the database and wires the use cases.
     *
     * @throws dev.relaymanager.domain.shared.InvalidInputException if the database cannot be opened
     *     or migrated
     */
    public RelayManager build() {
      Objects.requireNonNull(database, "database");
      return new RelayManager(this, SqliteDatabase.open(database));
    }

    private LeaseOwner leaseOwner() {
      return leaseOwner != null ? leaseOwner : ProcessLeaseOwner.create(System.getenv());
    }

    private AccessConnector accessConnector() {
      return accessConnector != null
          ? accessConnector
          : new Sub2apiAccessConnector(Sub2apiSettings.defaults(), clock);
    }

    private HostConnector hostConnector() {
      return hostConnector != null
          ? hostConnector
          : new Sub2apiHostConnector(Sub2apiSettings.defaults(), clock);
    }
  }
}
