package dev.relaymanager.adapter.http;

import dev.relaymanager.application.imports.ImportProgress;
import dev.relaymanager.application.imports.ListBatches;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The {@code /api/import-batches} resource: list, show and resume import batches. A resume that ran
 * answers 200 with the report whatever the batch's status.
 */
final class ImportBatchRoutes {
  private final ImportUseCases imports;

  ImportBatchRoutes(ImportUseCases imports) {
    this.imports = Objects.requireNonNull(imports, "imports");
  }

  void register(Javalin app) {
    app.get("/api/import-batches", this::list);
    app.get("/api/import-batches/{id}", this::show);
    app.post("/api/import-batches/{id}/resume", this::resume);
  }

  private void list(Context ctx) {
    ListBatches.Command command =
        ListBatches.Command.parse(ctx.queryParam("host"), ctx.queryParam("provider"));
    ctx.json(imports.listBatches().execute(command));
  }

  private void show(Context ctx) {
    ctx.json(imports.showBatch().execute(ctx.pathParam("id")));
  }

  private void resume(Context ctx) {
    ResumeRequest request =
        ctx.body().isBlank() ? ResumeRequest.empty() : RequestBodies.read(ctx, ResumeRequest.class);
    ctx.json(imports.resume().execute(request.toCommand(ctx.pathParam("id")), ImportProgress.NONE));
  }
}
