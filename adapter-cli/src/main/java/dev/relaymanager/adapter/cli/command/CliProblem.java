package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.RelayException;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;
import java.util.Map;

/**
 * A failure in the shape of the HTTP API's problem+json body, printed on stderr with {@code
 * --json}; {@code status} is the HTTP status the API would answer with.
 */
record CliProblem(
    String type, String title, int status, String detail, String code, List<Violation> violations) {
  private static final String BASE_URI = "https://relay-manager.dev/problems/";

  private static final Map<String, String> TITLES =
      Map.of(
          "invalid_input", "Invalid input",
          "not_found", "Not found",
          "conflict", "Conflict",
          "host_unreachable", "Host unreachable",
          "host_auth_failed", "Host refused the admin credentials",
          "host_compliance_required", "Host requires an admin to accept its terms",
          "host_rejected", "Host rejected the request");

  private static final Map<String, Integer> STATUSES =
      Map.of("invalid_input", 400, "not_found", 404, "conflict", 409);

  static CliProblem of(RelayException e) {
    List<Violation> violations =
        e instanceof InvalidInputException ? ((InvalidInputException) e).violations() : List.of();
    String code = e.code();
    return new CliProblem(
        BASE_URI + code.replace('_', '-'),
        TITLES.getOrDefault(code, "Error"),
        STATUSES.getOrDefault(code, 502),
        e.getMessage(),
        code,
        violations);
  }

  static CliProblem internal(String detail) {
    return new CliProblem(
        BASE_URI + "internal-error", "Internal error", 500, detail, "internal_error", List.of());
  }

  static CliProblem usage(String detail) {
    return new CliProblem(
        BASE_URI + "invalid-input", "Invalid input", 400, detail, "invalid_input", List.of());
  }
}
