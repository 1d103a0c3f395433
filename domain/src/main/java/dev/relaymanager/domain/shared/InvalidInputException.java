package dev.relaymanager.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Operator input broke one or more rules; carries every violation at once. */
public final class InvalidInputException extends RelayException {
  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(summarize(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** One violation at {@code path}. */
  public static InvalidInputException of(String path, String message) {
    return new InvalidInputException(List.of(new Violation(path, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String code() {
    return "invalid_input";
  }

  private static String summarize(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
