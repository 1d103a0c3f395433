package dev.relaymanager.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;

/** Liveness and readiness, both without authentication. */
final class HealthRoutes {
  private final ReadinessCheck readiness;

  HealthRoutes(ReadinessCheck readiness) {
    this.readiness = Objects.requireNonNull(readiness, "readiness");
  }

  void register(Javalin app) {
    app.get("/healthz", ctx -> ctx.json(new HealthStatus("ok")));
    app.get("/readyz", this::ready);
  }

  private void ready(Context ctx) {
    if (readiness.isReady()) {
      ctx.json(new HealthStatus("ready"));
    } else {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new HealthStatus("unavailable"));
    }
  }
}
