package dev.relaymanager.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;

/** The {@code /api/hosts} resource: register, list, show, probe and remove hosts. */
final class HostRoutes {
  private final HostUseCases hosts;

  HostRoutes(HostUseCases hosts) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  void register(Javalin app) {
    app.get("/api/hosts", this::list);
    app.post("/api/hosts", this::create);
    app.get("/api/hosts/{name}", this::show);
    app.post("/api/hosts/{name}/probe", this::probe);
    app.delete("/api/hosts/{name}", this::remove);
  }

  private void list(Context ctx) {
    ctx.json(hosts.list().execute());
  }

  private void create(Context ctx) {
    CreateHostRequest request = RequestBodies.read(ctx, CreateHostRequest.class);
    ctx.status(HttpStatus.CREATED).json(hosts.register().execute(request.toCommand()));
  }

  private void show(Context ctx) {
    ctx.json(hosts.show().execute(ctx.pathParam("name")));
  }

  /** Answers 200 whatever the probe found; {@code last_probe.status} says what that was. */
  private void probe(Context ctx) {
    ctx.json(hosts.probe().execute(ctx.pathParam("name")));
  }

  private void remove(Context ctx) {
    ctx.json(hosts.remove().execute(ctx.pathParam("name")));
  }
}
