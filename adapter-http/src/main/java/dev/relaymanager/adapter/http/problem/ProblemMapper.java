package dev.relaymanager.adapter.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.RelayException;
import dev.relaymanager.domain.shared.Violation;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of a request into an RFC 9457 {@code application/problem+json} answer: the
 * domain's exceptions, Javalin's HTTP errors, unreadable JSON bodies, and anything unexpected.
 */
public final class ProblemMapper {
  /** The media type of every error answer. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private static final Map<Class<? extends RelayException>, Integer> STATUS_BY_EXCEPTION =
      Map.of(
          InvalidInputException.class, 400,
          NotFoundException.class, 404,
          ConflictException.class, 409,
          HostUnreachableException.class, 502,
          HostRejectedException.class, 502);

  private final JsonBodyProblems jsonProblems = new JsonBodyProblems();

  /** Registers the exception handlers on {@code app}. */
  public void register(Javalin app) {
    app.exception(RelayException.class, (e, ctx) -> respond(ctx, relay(e, ctx.path())));
    app.exception(
        ProblemException.class,
        (e, ctx) -> respond(ctx, Problem.of(e.type(), e.getMessage(), ctx.path())));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, http(e, ctx)));
    app.exception(
        JsonProcessingException.class, (e, ctx) -> respond(ctx, jsonProblems.of(e, ctx.path())));
    app.exception(Exception.class, (e, ctx) -> respond(ctx, unexpected(e, ctx)));
  }

  /** The HTTP status a domain exception of {@code type} is answered with, if it is mapped. */
  public static Optional<Integer> statusOf(Class<? extends RelayException> type) {
    return Optional.ofNullable(STATUS_BY_EXCEPTION.get(type));
  }

  /** The problem that answers {@code e} on the request for {@code instance}. */
  public static Problem relay(RelayException e, String instance) {
    int status = statusOf(e.getClass()).orElse(500);
    ProblemType type = ProblemType.forCode(e.code()).orElse(ProblemType.HTTP_ERROR);
    List<Violation> violations =
        e instanceof InvalidInputException ? ((InvalidInputException) e).violations() : List.of();
    return Problem.of(type, status, e.getMessage(), instance, violations);
  }

  private static Problem http(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404) {
      String detail = "no route for " + ctx.method() + " " + ctx.path();
      return Problem.of(ProblemType.ROUTE_NOT_FOUND, detail, ctx.path());
    }
    if (status == 405) {
      String detail = ctx.method() + " is not allowed on " + ctx.path();
      return Problem.of(ProblemType.METHOD_NOT_ALLOWED, detail, ctx.path());
    }
    if (status == 413) {
      String detail = "the request body is larger than this server accepts";
      return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail, ctx.path());
    }
    ProblemType type = status == 400 ? ProblemType.INVALID_INPUT : ProblemType.HTTP_ERROR;
    return Problem.of(type, status, e.getMessage(), ctx.path(), List.of());
  }

  private static Problem unexpected(Exception e, Context ctx) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("internal error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
    String detail = "an internal error occurred; quote error id " + errorId;
    return Problem.of(ProblemType.INTERNAL_ERROR, detail, ctx.path()).withErrorId(errorId);
  }

  private static void respond(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(PROBLEM_JSON);
  }
}
