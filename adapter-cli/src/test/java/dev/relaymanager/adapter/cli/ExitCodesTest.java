package dev.relaymanager.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.RelayException;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

  @Test
  void every_relay_exception_subtype_has_an_exit_code() {
    Class<?>[] subtypes = RelayException.class.getPermittedSubclasses();

    assertThat(subtypes).isNotEmpty();
    for (Class<?> subtype : subtypes) {
      assertThat(ExitCodes.forType(subtype.asSubclass(RelayException.class)))
          .as(subtype.getSimpleName())
          .isPresent();
    }
  }

  @Test
  void failures_map_to_their_documented_codes() {
    assertThat(ExitCodes.forFailure(new ConflictException("taken"))).isEqualTo(ExitCodes.USAGE);
    assertThat(ExitCodes.forFailure(new HostUnreachableException("down")))
        .isEqualTo(ExitCodes.HOST_UNREACHABLE);
    assertThat(ExitCodes.forFailure(new IllegalStateException("bug"))).isEqualTo(ExitCodes.FAILED);
  }
}
