package dev.relaymanager.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.application.access.AccessSessions;
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
import dev.relaymanager.application.imports.ImportTargets;
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
import dev.relaymanager.application.reconcile.ReconcileSetup;
import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.application.reconcile.ShowReconcileReport;
import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.domain.port.InMemoryAccessClosureRepository;
import dev.relaymanager.domain.port.InMemoryAccessConnector;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.port.InMemoryImportBatchRepository;
import dev.relaymanager.domain.port.InMemoryPackDocumentReader;
import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.port.InMemoryProbeUserRepository;
import dev.relaymanager.domain.port.InMemoryProviderRepository;
import dev.relaymanager.domain.port.InMemoryReconcileReportRepository;
import dev.relaymanager.domain.port.RecordingPause;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.port.SequentialIdGenerator;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real API server on a random loopback port over in-memory fakes, and a client for it. */
final class TestApi implements AutoCloseable {
  static final String TOKEN = "test-admin-token-0123456789";
  static final String ADMIN_KEY = "admin-sim-secret-value-42";
  static final String PROBE_PASSWORD = "probe-password-1";
  static final String HOST_JSON =
      "{\"name\":\"sim\",\"url\":\"http://127.0.0.1:18080\",\"admin_key_ref\":\"env:SIM_ADMIN_KEY\"}";

  final InMemoryHostRepository hosts = new InMemoryHostRepository();
  final InMemoryHostConnector connector = new InMemoryHostConnector();
  final InMemoryPackRepository packs = new InMemoryPackRepository();
  final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  final InMemoryImportBatchRepository batches = new InMemoryImportBatchRepository();
  final InMemoryAccessClosureRepository closures = new InMemoryAccessClosureRepository(providers);
  final InMemoryAccessConnector access = new InMemoryAccessConnector(connector.host().objects());
  final InMemoryPackDocumentReader packReader = PackBodies.reader();
  final ObjectMapper mapper = TestJson.mapper();
  final ApiServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  TestApi(ReadinessCheck readiness) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
    SecretResolver secrets =
        reference -> {
          if (reference.toString().equals("env:SIM_ADMIN_KEY")) {
            return Secret.of(ADMIN_KEY);
          }
          if (reference.toString().equals("env:PROBE_PW")) {
            return Secret.of(PROBE_PASSWORD);
          }
          throw InvalidInputException.of("secret_ref", reference + " is not set");
        };
    HostLookup lookup = new HostLookup(hosts);
    HostUseCases useCases =
        new HostUseCases(
            new RegisterHost(hosts, secrets, new SequentialIdGenerator(), clock),
            new ListHosts(hosts),
            new ShowHost(lookup),
            new ProbeHost(lookup, hosts, new HostSessions(connector, secrets), clock),
            new RemoveHost(lookup, hosts));
    ImportTargets targets =
        new ImportTargets(
            hosts,
            packs,
            providers,
            new HostSessions(connector, secrets),
            new SequentialIdGenerator(),
            clock);
    server =
        ApiServer.builder()
            .config(new ApiConfig("127.0.0.1", 0, 2048))
            .adminToken(Secret.of(TOKEN))
            .objectMapper(mapper)
            .clock(clock)
            .readiness(readiness)
            .hosts(useCases)
            .packs(packUseCases(clock))
            .imports(importUseCases(targets, clock))
            .rollbacks(
                new RollbackUseCases(
                    new PlanRollback(targets, batches, providers, hosts),
                    new RollBack(targets, batches, providers, hosts, clock)))
            .reconciles(reconcileUseCases(new HostSessions(connector, secrets), clock))
            .access(accessUseCases(new HostSessions(connector, secrets), secrets, clock))
            .start();
  }

  TestApi() {
    this(() -> true);
  }

  private PackUseCases packUseCases(Clock clock) {
    BuiltinPacks builtins = new BuiltinPacks();
    return new PackUseCases(
        new ValidatePack(packReader, builtins),
        new InstallPack(packReader, builtins, packs, clock),
        new ListPacks(packs),
        new ShowPack(packs));
  }

  private ImportUseCases importUseCases(ImportTargets targets, Clock clock) {
    LeaseOwner owner = LeaseOwner.of("api-test:1");
    return new ImportUseCases(
        new PreviewImport(targets),
        new ApplyImport(targets, batches, providers, new SequentialIdGenerator(), owner, clock),
        new ResumeImport(targets, batches, providers, hosts, owner, clock),
        new ListBatches(batches, hosts, providers),
        new ShowBatch(batches, hosts),
        new ListProviders(providers, hosts, closures),
        new ShowProvider(providers, hosts, closures));
  }

  private AccessUseCases accessUseCases(
      HostSessions sessions, SecretResolver secrets, Clock clock) {
    InMemoryProbeUserRepository probeUsers = new InMemoryProbeUserRepository(hosts);
    AccessSessions accessSessions = new AccessSessions(sessions, access, probeUsers, secrets);
    return new AccessUseCases(
        new SetProbeUser(hosts, probeUsers, secrets),
        new CheckAccess(accessSessions, probeUsers, closures, new RecordingPause(), clock),
        new AssignSubscriptions(accessSessions),
        new AccessTargets(hosts, providers, packs));
  }

  private ReconcileUseCases reconcileUseCases(HostSessions sessions, Clock clock) {
    InMemoryReconcileReportRepository reports = new InMemoryReconcileReportRepository();
    ReconcileSetup setup =
        new ReconcileSetup(
            hosts,
            providers,
            packs,
            batches,
            reports,
            sessions,
            new SequentialIdGenerator(),
            clock);
    return new ReconcileUseCases(
        new Reconcile(setup),
        new PlanRepair(hosts, providers, packs, batches, sessions),
        new Repair(setup),
        new PlanPrune(hosts, providers, packs, batches, sessions),
        new Prune(setup),
        new ListReconcileReports(reports, hosts, providers),
        new ShowReconcileReport(reports, hosts));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> put(String path, String body) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  HttpRequest.Builder request(String path) {
    return unauthenticated(path).header("Authorization", "Bearer " + TOKEN);
  }

  HttpRequest.Builder unauthenticated(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path))
        .header("Content-Type", "application/json");
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json(HttpResponse<String> response) {
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
