package dev.relaymanager.adapter.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void every_relay_exception_subtype_has_an_http_status() {
    Class<?>[] subtypes = RelayException.class.getPermittedSubclasses();

    assertThat(subtypes).isNotEmpty();
    for (Class<?> subtype : subtypes) {
      assertThat(ProblemMapper.statusOf(subtype.asSubclass(RelayException.class)))
          .as(subtype.getSimpleName())
          .isPresent();
    }
  }

  @Test
  void every_host_rejection_reason_has_its_own_problem_type() {
    for (HostRejectedException.Reason reason : HostRejectedException.Reason.values()) {
      HostRejectedException e = new HostRejectedException(reason, 403, "", "refused");

      Problem problem = ProblemMapper.relay(e, "/api/hosts/x/probe");

      assertThat(ProblemType.forCode(e.code())).as(reason.name()).isPresent();
      assertThat(problem.status()).isEqualTo(502);
      assertThat(problem.code()).isEqualTo(e.code());
    }
  }

  @Test
  void invalid_input_carries_its_violations() {
    InvalidInputException e = InvalidInputException.of("url", "must start with http://");

    Problem problem = ProblemMapper.relay(e, "/api/hosts");

    assertThat(problem.violations()).containsExactlyElementsOf(e.violations());
    assertThat(problem.type()).isEqualTo("https://relay-manager.dev/problems/invalid-input");
  }

  @Test
  void every_problem_type_has_a_distinct_uri() {
    long distinct = Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count();

    assertThat(distinct).isEqualTo(ProblemType.values().length);
  }
}
