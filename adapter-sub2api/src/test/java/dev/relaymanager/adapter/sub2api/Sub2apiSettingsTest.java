package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Sub2apiSettingsTest {
  @Test
  void defaults_are_5s_connect_30s_request_2_retries_200ms_backoff() {
    Sub2apiSettings settings = Sub2apiSettings.defaults();

    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.maxReadRetries()).isEqualTo(2);
    assertThat(settings.retryBackoff()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void the_backoff_doubles_for_each_retry() {
    Sub2apiSettings settings = Sub2apiSettings.defaults();

    Duration third = settings.backoffBefore(3);

    assertThat(settings.backoffBefore(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(third).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void a_zero_request_timeout_is_refused() {
    Duration zero = Duration.ZERO;

    assertThatThrownBy(() -> new Sub2apiSettings(Duration.ofSeconds(1), zero, 0, zero))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestTimeout");
  }

  @Test
  void more_than_ten_retries_are_refused() {
    Duration second = Duration.ofSeconds(1);

    assertThatThrownBy(() -> new Sub2apiSettings(second, second, 11, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxReadRetries");
  }
}
