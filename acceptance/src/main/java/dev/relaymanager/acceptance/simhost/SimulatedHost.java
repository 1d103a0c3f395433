package dev.relaymanager.acceptance.simhost;

import dev.relaymanager.acceptance.simhost.admin.Secrets;
import dev.relaymanager.acceptance.simhost.control.StateDump;
import dev.relaymanager.acceptance.simhost.http.Dispatcher;
import dev.relaymanager.acceptance.simhost.http.Idempotency;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.state.FaultRule;
import dev.relaymanager.acceptance.simhost.state.Knobs;
import dev.relaymanager.acceptance.simhost.state.Settings;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UpstreamBehavior;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/** A running simulated sub2api host on 127.0.0.1, with a Java API for tests. */
public final class SimulatedHost implements AutoCloseable {
  private final SimOptions options;
  private final ReentrantLock lock = new ReentrantLock();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Json json = new Json();
  private final Secrets secrets = new Secrets();
  private final Idempotency idempotency = new Idempotency();
  private final SimState state;
  private final String adminPassword;
  private Javalin app;

  private SimulatedHost(SimOptions options) {
    this.options = options;
    this.state = new SimState(Clock.systemUTC(), options.knobsCopy(), options.settingsCopy());
    this.state.adminApiKey = secrets.adminApiKey();
    this.adminPassword =
        options.adminPassword() != null ? options.adminPassword() : "sim-" + secrets.hex(8);
    seedAdmin();
  }

  /** Starts a host bound to 127.0.0.1 on the option's port (0 = random). */
  public static SimulatedHost start(SimOptions options) {
    SimulatedHost host = new SimulatedHost(options);
    host.listen();
    return host;
  }

  private void listen() {
    Dispatcher dispatcher =
        new Dispatcher(
            Wiring.router(state, json, secrets, this::reset),
            state,
            lock,
            json,
            idempotency,
            closed);
    app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
            });
    for (HandlerType type :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      app.addHttpHandler(type, "/", dispatcher);
      app.addHttpHandler(type, "/*", dispatcher);
    }
    app.start("127.0.0.1", options.port());
  }

  private void seedAdmin() {
    UserRow admin = new UserRow();
    admin.id = state.nextId();
    admin.email = options.adminEmail();
    admin.password = adminPassword;
    admin.username = "admin";
    admin.role = "admin";
    admin.concurrency = 5;
    admin.createdAt = state.now();
    admin.updatedAt = admin.createdAt;
    state.tables.users.add(admin);
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The base URL of the simulated provider for a name, e.g. {@code deepseek}. */
  public String upstreamBaseUrl(String provider) {
    return baseUrl() + "/upstream/" + provider + "/v1";
  }

  /** The current admin API key ({@code admin-<64 hex>}), or null after it was deleted. */
  public String adminApiKey() {
    return withState(s -> s.adminApiKey);
  }

  /** The admin login email. */
  public String adminEmail() {
    return options.adminEmail();
  }

  /** The admin login password. */
  public String adminPassword() {
    return adminPassword;
  }

  /** Runs a read or a change against the live state under the host's lock. */
  public <T> T withState(Function<SimState, T> work) {
    lock.lock();
    try {
      return work.apply(state);
    } finally {
      lock.unlock();
    }
  }

  /** Changes version knobs at runtime. */
  public void knobs(Consumer<Knobs> change) {
    withState(
        s -> {
          change.accept(s.knobs);
          s.modelsCache.clear();
          return null;
        });
  }

  /** Changes settings at runtime. */
  public void settings(Consumer<Settings> change) {
    withState(
        s -> {
          change.accept(s.settings);
          return null;
        });
  }

  /** Sets how the simulated provider answers one upstream key. */
  public void upstreamBehavior(String apiKey, UpstreamBehavior behavior) {
    withState(s -> s.upstreamBehaviors.put(apiKey, behavior));
  }

  /** Adds a fault rule. */
  public void addFault(FaultRule rule) {
    withState(s -> s.faults.add(rule));
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    withState(
        s -> {
          s.faults.clear();
          return null;
        });
  }

  /** The full state, soft-deleted rows included, as {@code GET /_sim/state} returns it. */
  public Map<String, Object> snapshot() {
    return withState(s -> StateDump.of(s, json));
  }

  /** Restores the starting state: no rows but the admin, starting knobs and settings. */
  public void reset() {
    withState(
        s -> {
          s.tables.clear();
          s.sessions.clear();
          s.upstreamBehaviors.clear();
          s.faults.clear();
          s.upstreamCalls.clear();
          s.modelsCache.clear();
          s.knobs = options.knobsCopy();
          s.settings = options.settingsCopy();
          idempotency.clear();
          seedAdmin();
          return null;
        });
  }

  /** Stops the server; hanging requests are released. */
  @Override
  public void close() {
    closed.countDown();
    if (app != null) {
      app.stop();
    }
  }
}
