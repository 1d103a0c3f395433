package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimArgsTest {

  @Test
  void flags_and_values_set_the_matching_knobs() {
    SimOptions o =
        SimArgs.parse(
            new String[] {
              "--port",
              "0",
              "--no-channels",
              "--compliance",
              "--backend-mode",
              "--models-cache-seconds",
              "2",
              "--jwt-ttl-seconds",
              "60"
            });

    assertThat(o.knobsCopy().channels).isFalse();
    assertThat(o.knobsCopy().complianceRequired).isTrue();
    assertThat(o.knobsCopy().modelsCacheMillis).isEqualTo(2000);
    assertThat(o.knobsCopy().jwtTtlSeconds).isEqualTo(60);
    assertThat(o.settingsCopy().backendModeEnabled).isTrue();
  }

  @Test
  void unknown_option_is_rejected() {
    assertThatThrownBy(() -> SimArgs.parse(new String[] {"--bogus"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
