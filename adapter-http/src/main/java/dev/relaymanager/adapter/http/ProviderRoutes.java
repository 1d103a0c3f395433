package dev.relaymanager.adapter.http;

import dev.relaymanager.application.imports.ImportProgress;
import dev.relaymanager.application.imports.ListBatches;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The {@code /api/providers} resource: list and show imported providers, preview and run an import,
 * and a provider's import batches. An import that ran answers 200 with its report, whatever its
 * status; a running batch of the provider answers 409.
 */
final class ProviderRoutes {
  private final ImportUseCases imports;

  ProviderRoutes(ImportUseCases imports) {
    this.imports = Objects.requireNonNull(imports, "imports");
  }

  void register(Javalin app) {
    app.get("/api/providers", this::list);
    app.post("/api/providers/preview", this::preview);
    app.post("/api/providers/import", this::apply);
    app.get("/api/providers/{id}", this::show);
    app.get("/api/providers/{id}/import-batches", this::batches);
  }

  private void list(Context ctx) {
    ctx.json(imports.listProviders().execute(ctx.queryParam("host")));
  }

  private void show(Context ctx) {
    ctx.json(imports.showProvider().execute(ctx.pathParam("id")));
  }

  private void preview(Context ctx) {
    ctx.json(
        imports.preview().execute(RequestBodies.read(ctx, ImportRequest.class).toPreviewCommand()));
  }

  private void apply(Context ctx) {
    ImportRequest request = RequestBodies.read(ctx, ImportRequest.class);
    ctx.json(imports.apply().execute(request.toApplyCommand(), ImportProgress.NONE));
  }

  private void batches(Context ctx) {
    ListBatches.Command command = ListBatches.Command.parse(null, ctx.pathParam("id"));
    ctx.json(imports.listBatches().execute(command));
  }
}
