package dev.relaymanager.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void a_secret_prints_as_stars() {
    Secret secret = Secret.of("sk-live-abcdef");

    assertThat(secret).hasToString("***");
    assertThat(String.valueOf(secret)).doesNotContain("abcdef");
  }

  @Test
  void the_fingerprint_is_the_sha256_of_the_trimmed_value() {
    Secret secret = Secret.of("  abc\n");

    assertThat(secret.fingerprint().hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(secret.fingerprint().shortForm()).isEqualTo("ba7816bf8f01");
  }

  @Test
  void equal_values_are_the_same_secret() {
    assertThat(Secret.of("k1").sameAs(Secret.of("k1"))).isTrue();
    assertThat(Secret.of("k1").sameAs(Secret.of("k2"))).isFalse();
  }

  @Test
  void blank_or_spaced_values_are_refused() {
    assertThatThrownBy(() -> Secret.of("  ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Secret.of("two words")).isInstanceOf(InvalidInputException.class);
  }
}
