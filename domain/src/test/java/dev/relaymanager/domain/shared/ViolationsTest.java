package dev.relaymanager.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void every_problem_is_reported_at_once() {
    Violations violations = new Violations();

    violations.check(
        () -> {
          throw InvalidInputException.of("name", "is required");
        });
    violations.add("url", "must start with http:// or https://");

    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("name", "url"));
  }

  @Test
  void nothing_is_thrown_when_nothing_was_found() {
    Violations violations = new Violations().check(() -> {});

    violations.throwIfAny();

    assertThat(violations.isEmpty()).isTrue();
  }
}
