package dev.relaymanager.bootstrap;

import dev.relaymanager.adapter.sqlite.JdbiAccessClosureRepository;
import dev.relaymanager.adapter.sqlite.JdbiHostRepository;
import dev.relaymanager.adapter.sqlite.JdbiImportBatchRepository;
import dev.relaymanager.adapter.sqlite.JdbiPackRepository;
import dev.relaymanager.adapter.sqlite.JdbiProviderRepository;
import dev.relaymanager.adapter.sqlite.JdbiReconcileReportRepository;
import dev.relaymanager.adapter.sqlite.SqliteDatabase;
import dev.relaymanager.adapter.sub2api.Sub2apiAccessConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiHostConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiSettings;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.application.pack.ValidatePack;
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
 * composition root, used by the CLI, the HTTP server and any JVM tool that embeds the manager. The
 * use cases are grouped by resource, e.g. {@code manager.access().checkAccess()}.
 */
public final class RelayManager implements AutoCloseable {
  private final HostRepository hostRepository;
  private final HostWiring hosts;
  private final PackWiring packs;
  private final ImportWiring imports;
  private final AccessWiring access;
  private final RollbackWiring rollbacks;
  private final ReconcileWiring reconciles;

  private RelayManager(Builder builder, SqliteDatabase database) {
    this.hostRepository = new JdbiHostRepository(database);
    HostSessions sessions = new HostSessions(builder.hostConnector(), builder.secretResolver);
    this.hosts =
        HostWiring.of(
            hostRepository, sessions, builder.secretResolver, builder.idGenerator, builder.clock);
    PackRepository packRepository = new JdbiPackRepository(database);
    this.packs = PackWiring.of(packRepository, builder.clock);
    ImportWiring.Parts parts =
        new ImportWiring.Parts(
            hostRepository,
            packRepository,
            new JdbiProviderRepository(database),
            new JdbiImportBatchRepository(database),
            new JdbiAccessClosureRepository(database),
            sessions,
            builder.idGenerator,
            builder.leaseOwner(),
            builder.clock);
    this.access =
        AccessWiring.of(parts, database, builder.accessConnector(), builder.secretResolver);
    this.imports = ImportWiring.of(parts, access.importStep());
    this.rollbacks = RollbackWiring.of(parts, access.rollbackObjects());
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

  /** Registering, listing, showing, probing and removing hosts. */
  public HostWiring hosts() {
    return hosts;
  }

  /** Validating, installing, listing and showing packs. */
  public PackWiring packs() {
    return packs;
  }

  /** Previewing, applying and resuming imports; listing and showing batches and providers. */
  public ImportWiring imports() {
    return imports;
  }

  /** The probe user, access checks and subscription assignment. */
  public AccessWiring access() {
    return access;
  }

  /** Rolling back batches and providers. */
  public RollbackWiring rollbacks() {
    return rollbacks;
  }

  /** Reconciling providers and hosts, repair, prune and the stored reports. */
  public ReconcileWiring reconciles() {
    return reconciles;
  }

  /** Whether the state database answers a query; never throws. */
  public boolean isReady() {
    try {
      hostRepository.list();
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
