package dev.relaymanager.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.cli.ServeSettings;
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
    return ApiServer.builder()
        .config(ApiConfig.defaults().listeningOn(settings.bindAddress(), settings.port()))
        .adminToken(adminToken)
        .objectMapper(objectMapper)
        .clock(clock)
        .readiness(manager::isReady)
        .hosts(
            new HostUseCases(
                manager.registerHost(),
                manager.listHosts(),
                manager.showHost(),
                manager.probeHost(),
                manager.removeHost()))
        .packs(
            new PackUseCases(
                manager.validatePack(),
                manager.installPack(),
                manager.listPacks(),
                manager.showPack()))
        .imports(
            new ImportUseCases(
                manager.previewImport(),
                manager.applyImport(),
                manager.resumeImport(),
                manager.listBatches(),
                manager.showBatch(),
                manager.listProviders(),
                manager.showProvider()))
        .rollbacks(new RollbackUseCases(manager.planRollback(), manager.rollBack()))
        .reconciles(
            new ReconcileUseCases(
                manager.reconcile(),
                manager.planRepair(),
                manager.repair(),
                manager.planPrune(),
                manager.prune(),
                manager.listReconcileReports(),
                manager.showReconcileReport()))
        .start();
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
