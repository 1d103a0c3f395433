package dev.relaymanager.adapter.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem body with the extensions {@code code}, {@code violations} and, for internal
 * errors only, {@code error_id}.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<Violation> violations,
    @JsonInclude(JsonInclude.Include.NON_NULL) String errorId) {

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(code, "code");
    violations = List.copyOf(violations);
  }

  /** A problem of {@code type} with its usual status and no violations. */
  public static Problem of(ProblemType type, String detail, String instance) {
    return of(type, type.status(), detail, instance, List.of());
  }

  /** A problem of {@code type} answered with {@code status}. */
  public static Problem of(
      ProblemType type, int status, String detail, String instance, List<Violation> violations) {
    return new Problem(
        type.uri(), type.title(), status, detail, instance, type.code(), violations, null);
  }

  /** This problem carrying the id under which the server logged the failure. */
  public Problem withErrorId(String id) {
    return new Problem(type, title, status, detail, instance, code, violations, id);
  }
}
