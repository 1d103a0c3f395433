package dev.relaymanager.adapter.http;

import dev.relaymanager.adapter.http.problem.ProblemException;
import dev.relaymanager.adapter.http.problem.ProblemType;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets a request through only with {@code Authorization: Bearer <admin token>}; a client that
 * failed too often is refused before its token is even compared.
 */
final class BearerAuth implements Handler {
  private static final String SCHEME = "Bearer ";

  private final Secret adminToken;
  private final FailedAuthLimiter limiter;

  BearerAuth(Secret adminToken, FailedAuthLimiter limiter) {
    this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
  }

  @Override
  public void handle(Context ctx) {
    String client = ctx.ip();
    if (limiter.isBlocked(client)) {
      ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds(client)));
      throw new ProblemException(
          ProblemType.RATE_LIMITED, "too many failed authentication attempts; retry later");
    }
    if (presentedToken(ctx).filter(adminToken::sameAs).isPresent()) {
      return;
    }
    limiter.recordFailure(client);
    ctx.header("WWW-Authenticate", "Bearer realm=\"relay-manager\"");
    throw new ProblemException(
        ProblemType.UNAUTHORIZED, "a valid 'Authorization: Bearer <token>' header is required");
  }

  private static Optional<Secret> presentedToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Secret.of(header.substring(SCHEME.length())));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
