package dev.relaymanager.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.cli.Access;
import dev.relaymanager.adapter.cli.CliRuntime;
import dev.relaymanager.adapter.cli.Imports;
import dev.relaymanager.adapter.cli.Reconciles;
import dev.relaymanager.adapter.cli.Rollbacks;
import dev.relaymanager.adapter.cli.ServeSettings;
import dev.relaymanager.adapter.cli.Workspace;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.application.pack.ValidatePack;
import dev.relaymanager.domain.shared.Secret;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The CLI's runtime over {@link RelayManager}: opens state files on demand and closes them. */
public final class LocalCliRuntime implements CliRuntime, AutoCloseable {
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path home;
  private final Clock clock;
  private final Function<Path, RelayManager> opener;
  private final InputStream standardInput;
  private final boolean interactive;
  private final ValidatePack validatePack = RelayManager.statelessValidatePack();
  private final ObjectMapper objectMapper = JsonMapperFactory.create();
  private final Map<Path, RelayManager> open = new LinkedHashMap<>();

  /**
   * A runtime over {@code environment}, resolving relative paths against {@code workingDirectory}
   * and opening each state file with {@code opener}.
   */
  public LocalCliRuntime(
      Map<String, String> environment,
      Path workingDirectory,
      Path home,
      Clock clock,
      Function<Path, RelayManager> opener) {
    this(environment, workingDirectory, home, clock, opener, new ByteArrayInputStream(new byte[0]));
  }

  /** Like the other constructor, with {@code standardInput} as what {@code -} reads. */
  public LocalCliRuntime(
      Map<String, String> environment,
      Path workingDirectory,
      Path home,
      Clock clock,
      Function<Path, RelayManager> opener,
      InputStream standardInput) {
    this(environment, workingDirectory, home, clock, opener, standardInput, false);
  }

  /**
   * Like the other constructors; {@code interactive} says whether the process runs on a terminal
   * (progress lines on stderr, confirmations read from {@code standardInput}).
   */
  public LocalCliRuntime(
      Map<String, String> environment,
      Path workingDirectory,
      Path home,
      Clock clock,
      Function<Path, RelayManager> opener,
      InputStream standardInput,
      boolean interactive) {
    this.interactive = interactive;
    this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory.toAbsolutePath();
    this.home = Objects.requireNonNull(home, "home");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /**
   * The production runtime: this process's environment, directories and the real adapters, one
   * lease owner for the whole process; {@code interactive} as {@code Main} found the terminal.
   */
  public static LocalCliRuntime production(boolean interactive) {
    Map<String, String> environment = System.getenv();
    Clock clock = Clock.systemUTC();
    LocalSecretResolver secrets = new LocalSecretResolver(environment);
    LeaseOwner owner = ProcessLeaseOwner.create(environment);
    return new LocalCliRuntime(
        environment,
        Path.of(""),
        Path.of(System.getProperty("user.home")),
        clock,
        database ->
            RelayManager.builder()
                .database(database)
                .secretResolver(secrets)
                .clock(clock)
                .leaseOwner(owner)
                .build(),
        System.in,
        interactive);
  }

  @Override
  public ObjectMapper objectMapper() {
    return objectMapper;
  }

  @Override
  public Path defaultDatabase() {
    return DefaultDatabase.resolve(environment, home, workingDirectory);
  }

  @Override
  public Path workingDirectory() {
    return workingDirectory;
  }

  @Override
  public Optional<String> environment(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  @Override
  public InputStream standardInput() {
    return standardInput;
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  @Override
  public ValidatePack validatePack() {
    return validatePack;
  }

  @Override
  public Workspace workspace(Path database) {
    RelayManager manager = manager(database);
    HostWiring hosts = manager.hosts();
    PackWiring packs = manager.packs();
    ImportWiring imports = manager.imports();
    ReconcileWiring reconciles = manager.reconciles();
    AccessWiring access = manager.access();
    return new Workspace(
        hosts.registerHost(),
        hosts.listHosts(),
        hosts.showHost(),
        hosts.probeHost(),
        hosts.removeHost(),
        packs.installPack(),
        packs.listPacks(),
        packs.showPack(),
        new Imports(
            imports.preview(),
            imports.apply(),
            imports.resume(),
            imports.listBatches(),
            imports.showBatch(),
            imports.listProviders(),
            imports.showProvider()),
        new Rollbacks(manager.rollbacks().plan(), manager.rollbacks().rollBack()),
        new Reconciles(
            reconciles.reconcile(),
            reconciles.planRepair(),
            reconciles.repair(),
            reconciles.planPrune(),
            reconciles.prune()),
        new Access(
            access.setProbeUser(),
            access.checkAccess(),
            access.assignSubscriptions(),
            access.targets()));
  }

  @Override
  public void serve(
      Path database, ServeSettings settings, Secret adminToken, Consumer<String> onListening) {
    new ApiLauncher(objectMapper, clock)
        .runUntilStopped(manager(database), settings, adminToken, onListening);
  }

  @Override
  public void close() {
    open.values().forEach(RelayManager::close);
    open.clear();
  }

  private RelayManager manager(Path database) {
    return open.computeIfAbsent(database.toAbsolutePath().normalize(), opener);
  }
}
