package dev.relaymanager.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.http.problem.ProblemMapper;
import dev.relaymanager.domain.shared.Secret;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The running HTTP API: {@code /healthz}, {@code /readyz} and the bearer-protected {@code /api}
 * routes, with every error answered as problem+json.
 */
public final class ApiServer implements AutoCloseable {
  /** Failed authentications allowed per client address and window before 429. */
  static final int FAILED_AUTH_LIMIT = 10;

  static final Duration FAILED_AUTH_WINDOW = Duration.ofMinutes(1);

  private final Javalin app;
  private final String bindAddress;

  private ApiServer(Javalin app, String bindAddress) {
    this.app = app;
    this.bindAddress = bindAddress;
  }

  /** A builder; every setter is required except {@link Builder#config}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on (the real one when it was started with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    return "http://" + host + ":" + port();
  }

  /** Stops listening and waits for running requests to finish. */
  @Override
  public void close() {
    app.stop();
  }

  /** Collects what the server needs, then starts it. */
  public static final class Builder {
    private ApiConfig config = ApiConfig.defaults();
    private Secret adminToken;
    private ObjectMapper objectMapper;
    private Clock clock;
    private ReadinessCheck readiness;
    private HostUseCases hosts;
    private PackUseCases packs;
    private ImportUseCases imports;
    private RollbackUseCases rollbacks;
    private ReconcileUseCases reconciles;
    private AccessUseCases access;

    private Builder() {}

    public Builder config(ApiConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The token every {@code /api} request must present as a bearer token. */
    public Builder adminToken(Secret adminToken) {
      this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
      return this;
    }

    /** The application's one mapper, so that HTTP and CLI {@code --json} write the same JSON. */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /** The clock that refills the failed-authentication buckets. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder readiness(ReadinessCheck readiness) {
      this.readiness = Objects.requireNonNull(readiness, "readiness");
      return this;
    }

    public Builder hosts(HostUseCases hosts) {
      this.hosts = Objects.requireNonNull(hosts, "hosts");
      return this;
    }

    public Builder packs(PackUseCases packs) {
      this.packs = Objects.requireNonNull(packs, "packs");
      return this;
    }

    public Builder imports(ImportUseCases imports) {
      this.imports = Objects.requireNonNull(imports, "imports");
      return this;
    }

    /** The rollback routes; optional, they are left out when not given. */
    public Builder rollbacks(RollbackUseCases rollbacks) {
      this.rollbacks = Objects.requireNonNull(rollbacks, "rollbacks");
      return this;
    }

    /** The reconcile routes; optional, they are left out when not given. */
    public Builder reconciles(ReconcileUseCases reconciles) {
      this.reconciles = Objects.requireNonNull(reconciles, "reconciles");
      return this;
    }

    /**
     * The probe-user, access and assign-subscriptions routes; optional, left out when not given.
     */
    public Builder access(AccessUseCases access) {
      this.access = Objects.requireNonNull(access, "access");
      return this;
    }

    /** Starts listening; returns once the port is bound. */
    public ApiServer start() {
      Objects.requireNonNull(adminToken, "adminToken");
      Objects.requireNonNull(objectMapper, "objectMapper");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(readiness, "readiness");
      Objects.requireNonNull(hosts, "hosts");
      Objects.requireNonNull(packs, "packs");
      Objects.requireNonNull(imports, "imports");
      Javalin app = create();
      FailedAuthLimiter limiter =
          new FailedAuthLimiter(clock, FAILED_AUTH_LIMIT, FAILED_AUTH_WINDOW);
      new ProblemMapper().register(app);
      app.before("/api/*", new BearerAuth(adminToken, limiter));
      register(app);
      app.start(config.bindAddress(), config.port());
      return new ApiServer(app, config.bindAddress());
    }

    private void register(Javalin app) {
      new HealthRoutes(readiness).register(app);
      new HostRoutes(hosts).register(app);
      new PackRoutes(packs).register(app);
      new ProviderRoutes(imports).register(app);
      new ImportBatchRoutes(imports).register(app);
      if (rollbacks != null) {
        new RollbackRoutes(rollbacks).register(app);
      }
      if (reconciles != null) {
        new ReconcileRoutes(reconciles).register(app);
      }
      if (access != null) {
        new AccessRoutes(access).register(app);
      }
    }

    private Javalin create() {
      return Javalin.create(
          javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.http.maxRequestSize = config.maxRequestBytes();
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(objectMapper, false));
          });
    }
  }
}
