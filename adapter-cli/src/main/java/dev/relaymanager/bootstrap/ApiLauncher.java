package dev.relaymanager.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.cli.ServeSettings;
import dev.relaymanager.adapter.http.AccessUseCases;
import dev.relaymanager.adapter.http.ApiConfig;
import dev.relaymanager.adapter.http.ApiServer;
import dev.relaymanager.adapter.http.HostUseCases;
import dev.relaymanager.adapter.http.ImportUseCases;
import dev.relaymanager.adapter.http.PackUseCases;
import dev.relaymanager.adapter.http.ReconcileUseCases;
import dev.relaymanager.adapter.http.RollbackUseCases;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Starts the HTTP API over a {@link RelayManager} and keeps it up until the JVM is told to stop.
 */
final class ApiLauncher {
  private final ObjectMapper objectMapper;
  private final Clock clock;

  ApiLauncher(ObjectMapper objectMapper, Clock clock) {
    this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The server over {@code manager}, already listening. */
  ApiServer start(RelayManager manager, ServeSettings settings, Secret adminToken) {
    PackWiring packs = manager.packs();
    return ApiServer.builder()
        .config(ApiConfig.defaults().listeningOn(settings.bindAddress(), settings.port()))
        .adminToken(adminToken)
        .objectMapper(objectMapper)
        .clock(clock)
        .readiness(manager::isReady)
        .hosts(hosts(manager.hosts()))
        .packs(
            new PackUseCases(
                packs.validatePack(), packs.installPack(), packs.listPacks(), packs.showPack()))
        .imports(imports(manager.imports()))
        .rollbacks(new RollbackUseCases(manager.rollbacks().plan(), manager.rollbacks().rollBack()))
        .reconciles(reconciles(manager.reconciles()))
        .access(access(manager.access()))
        .start();
  }

  private static HostUseCases hosts(HostWiring hosts) {
    return new HostUseCases(
        hosts.registerHost(),
        hosts.listHosts(),
        hosts.showHost(),
        hosts.probeHost(),
        hosts.removeHost());
  }

  private static AccessUseCases access(AccessWiring access) {
    return new AccessUseCases(
        access.setProbeUser(),
        access.checkAccess(),
        access.assignSubscriptions(),
        access.targets());
  }

  private static ImportUseCases imports(ImportWiring imports) {
    return new ImportUseCases(
        imports.preview(),
        imports.apply(),
        imports.resume(),
        imports.listBatches(),
        imports.showBatch(),
        imports.listProviders(),
        imports.showProvider());
  }

  private static ReconcileUseCases reconciles(ReconcileWiring reconciles) {
    return new ReconcileUseCases(
        reconciles.reconcile(),
        reconciles.planRepair(),
        reconciles.repair(),
        reconciles.planPrune(),
        reconciles.prune(),
        reconciles.listReports(),
        reconciles.showReport());
  }

  /** Serves until SIGTERM/SIGINT; the shutdown hook closes the server, then the database. */
  void runUntilStopped(
      RelayManager manager,
      ServeSettings settings,
      Secret adminToken,
      Consumer<String> onListening) {
    ApiServer server = start(manager, settings, adminToken);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  manager.close();
                  stopped.countDown();
                },
                "relay-manager-shutdown"));
    onListening.accept(server.url());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
  }
}
