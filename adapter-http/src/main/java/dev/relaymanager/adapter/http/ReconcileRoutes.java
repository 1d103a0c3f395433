package dev.relaymanager.adapter.http;

import dev.relaymanager.application.reconcile.ListReconcileReports;
import dev.relaymanager.application.reconcile.Repair;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reconciling a provider or a host, and the stored reports. A plain reconcile answers the report
 * ({@code in_sync} or {@code drifted}, both 200); with {@code repair} and/or {@code prune} it
 * answers a list of action reports (repair first), each with the new report, or for {@code dry_run}
 * the list of their plans.
 */
final class ReconcileRoutes {
  private final ReconcileUseCases reconciles;

  ReconcileRoutes(ReconcileUseCases reconciles) {
    this.reconciles = Objects.requireNonNull(reconciles, "reconciles");
  }

  void register(Javalin app) {
    app.post("/api/providers/{id}/reconcile", ctx -> reconcile(ctx, ctx.pathParam("id"), null));
    app.post("/api/hosts/{name}/reconcile", ctx -> reconcile(ctx, null, ctx.pathParam("name")));
    app.get("/api/reconcile-reports", this::list);
    app.get("/api/reconcile-reports/{id}", this::show);
  }

  private void reconcile(Context ctx, String provider, String host) {
    ReconcileRequest request =
        ctx.body().isBlank()
            ? ReconcileRequest.empty()
            : RequestBodies.read(ctx, ReconcileRequest.class);
    Repair.Command command = request.toCommand(provider, host);
    if (!request.isRepair() && !request.isPrune()) {
      ctx.json(reconciles.reconcile().execute(command.target()));
      return;
    }
    List<Object> results = new ArrayList<>();
    if (request.isRepair()) {
      results.add(
          request.isDryRun()
              ? reconciles.planRepair().execute(command)
              : reconciles.repair().execute(command));
    }
    if (request.isPrune()) {
      results.add(
          request.isDryRun()
              ? reconciles.planPrune().execute(command.target())
              : reconciles.prune().execute(command.target()));
    }
    ctx.json(results);
  }

  private void list(Context ctx) {
    ListReconcileReports.Command command =
        ListReconcileReports.Command.parse(ctx.queryParam("host"), ctx.queryParam("provider"));
    ctx.json(reconciles.listReports().execute(command));
  }

  private void show(Context ctx) {
    ctx.json(reconciles.showReport().execute(ctx.pathParam("id")));
  }
}
