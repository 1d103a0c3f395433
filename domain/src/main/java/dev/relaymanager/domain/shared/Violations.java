package dev.relaymanager.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations so that input is checked completely before anything is refused. */
public final class Violations {
  private final List<Violation> found = new ArrayList<>();

  public Violations add(String path, String message) {
    found.add(new Violation(path, message));
    return this;
  }

  /** Runs {@code check} and keeps its violations instead of stopping at the first one. */
  public Violations check(Runnable check) {
    try {
      check.run();
    } catch (InvalidInputException e) {
      found.addAll(e.violations());
    }
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<Violation> list() {
    return List.copyOf(found);
  }

  /** Throws {@link InvalidInputException} with everything collected, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
