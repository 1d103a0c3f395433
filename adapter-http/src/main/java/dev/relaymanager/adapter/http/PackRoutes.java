package dev.relaymanager.adapter.http;

import dev.relaymanager.application.pack.PackInstallation;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;

/**
 * The {@code /api/packs} resource: validate, install, list and show packs. Install answers 201 when
 * it stored the pack and 200 when the same content was already installed.
 */
final class PackRoutes {
  private final PackUseCases packs;

  PackRoutes(PackUseCases packs) {
    this.packs = Objects.requireNonNull(packs, "packs");
  }

  void register(Javalin app) {
    app.get("/api/packs", this::list);
    app.post("/api/packs", this::install);
    app.post("/api/packs/validate", this::validate);
    app.get("/api/packs/{name}", this::showLatest);
    app.get("/api/packs/{name}/{version}", this::showVersion);
  }

  private void list(Context ctx) {
    ctx.json(packs.list().execute());
  }

  private void install(Context ctx) {
    PackInstallation result = packs.install().execute(request(ctx).toInput());
    boolean stored = result.status().equals(PackInstallation.INSTALLED);
    ctx.status(stored ? HttpStatus.CREATED : HttpStatus.OK).json(result);
  }

  /** Answers 200 with the report whether the pack is valid or not; {@code valid} says which. */
  private void validate(Context ctx) {
    ctx.json(packs.validate().execute(request(ctx).toInput()));
  }

  private void showLatest(Context ctx) {
    ctx.json(packs.show().execute(ctx.pathParam("name")));
  }

  private void showVersion(Context ctx) {
    ctx.json(packs.show().execute(ctx.pathParam("name") + "@" + ctx.pathParam("version")));
  }

  private static PackRequest request(Context ctx) {
    return new PackRequest(ctx.contentType(), ctx.bodyAsBytes(), ctx.queryParam("builtin"));
  }
}
