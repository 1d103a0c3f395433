package dev.relaymanager.adapter.http;

import dev.relaymanager.application.access.AccessTarget;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * Access of imported providers: a host's probe user, checking that ordinary users can call a
 * provider, and assigning its subscription to users. A check answers 200 with its report whether
 * ready or not, an assignment 200 with every user's outcome even when some failed.
 */
final class AccessRoutes {
  private final AccessUseCases access;

  AccessRoutes(AccessUseCases access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  void register(Javalin app) {
    app.put("/api/hosts/{name}/probe-user", this::setProbeUser);
    app.post("/api/providers/{id}/access", this::check);
    app.post("/api/providers/{id}/assign-subscriptions", this::assign);
  }

  private void setProbeUser(Context ctx) {
    ProbeUserRequest request = RequestBodies.read(ctx, ProbeUserRequest.class);
    ctx.json(access.setProbeUser().execute(request.toCommand(ctx.pathParam("name"))));
  }

  private void check(Context ctx) {
    AccessCheckRequest request =
        ctx.body().isBlank()
            ? AccessCheckRequest.empty()
            : RequestBodies.read(ctx, AccessCheckRequest.class);
    ctx.json(access.check().execute(request.toCommand(target(ctx))));
  }

  private void assign(Context ctx) {
    AssignSubscriptionsRequest request = RequestBodies.read(ctx, AssignSubscriptionsRequest.class);
    ctx.json(access.assignSubscriptions().execute(request.toCommand(target(ctx))));
  }

  /** The provider the path names: its id or HOST/PACK/NAME, as every provider route takes it. */
  private AccessTarget target(Context ctx) {
    return access.targets().resolve(ctx.pathParam("id"));
  }
}
