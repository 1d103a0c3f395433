package dev.relaymanager.adapter.http.problem;

import java.util.Objects;

/** Thrown by HTTP filters to answer with a problem that has no domain exception behind it. */
public final class ProblemException extends RuntimeException {
  private final ProblemType type;

  public ProblemException(ProblemType type, String detail) {
    super(detail);
    this.type = Objects.requireNonNull(type, "type");
  }

  public ProblemType type() {
    return type;
  }
}
