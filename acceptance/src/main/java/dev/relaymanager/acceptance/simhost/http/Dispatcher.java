package dev.relaymanager.acceptance.simhost.http;

import dev.relaymanager.acceptance.simhost.state.SimState;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outermost handler: route, faults, guards, idempotency, one lock, errors, write. */
public final class Dispatcher implements io.javalin.http.Handler {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private final Router router;
  private final SimState state;
  private final ReentrantLock lock;
  private final Json json;
  private final Auth auth;
  private final Idempotency idempotency;
  private final Faults faults;

  /** A dispatcher over one host's router and state. */
  public Dispatcher(
      Router router,
      SimState state,
      ReentrantLock lock,
      Json json,
      Idempotency idempotency,
      CountDownLatch closed) {
    this.router = router;
    this.state = state;
    this.lock = lock;
    this.json = json;
    this.auth = new Auth(state);
    this.idempotency = idempotency;
    this.faults = new Faults(new Random(42), closed);
  }

  @Override
  public void handle(Context ctx) {
    String path = ctx.path();
    Optional<Router.Match> match = locked(() -> router.match(ctx.method().name(), path));
    if (match.isEmpty()) {
      write(ctx, Resp.routeNotFound());
      return;
    }
    Route route = match.get().route();
    Optional<Resp> fault =
        route.guard() == Guard.CONTROL
            ? Optional.empty()
            : faults.apply(locked(() -> new ArrayList<>(state.faults)), ctx.method().name(), path);
    Resp resp =
        fault.orElseGet(() -> locked(() -> run(route, new Req(ctx, match.get().params(), json))));
    if (resp.delayMs() > 0) {
      faults.await(resp.delayMs());
    }
    write(ctx, resp);
  }

  private Resp run(Route route, Req req) {
    try {
      guard(route, req);
      if (route.idempotent() && state.knobs.idempotency) {
        boolean required = !state.knobs.idempotencyObserveOnly;
        return idempotency.run(
            route.method(), req.path(), req, required, () -> route.handler().handle(req));
      }
      return route.handler().handle(req);
    } catch (SimError e) {
      return e.resp();
    } catch (RuntimeException e) {
      LOG.warn("unclassified error on {} {}", route.method(), req.path(), e);
      return SimError.internal().resp();
    }
  }

  private void guard(Route route, Req req) {
    if (route.guard() == Guard.ADMIN) {
      req.principal(auth.admin(req, route.complianceExempt()));
    } else if (route.guard() == Guard.USER) {
      req.principal(auth.user(req));
    }
  }

  private <T> T locked(java.util.function.Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private void write(Context ctx, Resp resp) {
    ctx.status(resp.status());
    resp.headers().forEach(ctx::header);
    ctx.contentType(resp.contentType());
    Object payload = resp.payload();
    String text = payload instanceof String s ? s : json.write(payload);
    ctx.result(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
