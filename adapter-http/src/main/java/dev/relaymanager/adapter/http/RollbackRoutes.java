package dev.relaymanager.adapter.http;

import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.application.rollback.RollbackTarget;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * Rolling back a batch or a provider: 200 with the report whatever its status ({@code rolled_back},
 * {@code rollback_failed}), or with the plan for {@code dry_run}; 409 for a running batch.
 */
final class RollbackRoutes {
  private final RollbackUseCases rollbacks;

  RollbackRoutes(RollbackUseCases rollbacks) {
    this.rollbacks = Objects.requireNonNull(rollbacks, "rollbacks");
  }

  void register(Javalin app) {
    app.post(
        "/api/import-batches/{id}/rollback",
        ctx -> rollBack(ctx, RollbackTarget.batch(ctx.pathParam("id"))));
    app.post(
        "/api/providers/{id}/rollback",
        ctx -> rollBack(ctx, RollbackTarget.provider(ctx.pathParam("id"))));
  }

  private void rollBack(Context ctx, RollbackTarget target) {
    RollbackRequest request =
        ctx.body().isBlank()
            ? RollbackRequest.empty()
            : RequestBodies.read(ctx, RollbackRequest.class);
    RollBack.Command command = request.toCommand(target);
    if (request.isDryRun()) {
      ctx.json(rollbacks.plan().execute(command));
    } else {
      ctx.json(rollbacks.rollBack().execute(command));
    }
  }
}
