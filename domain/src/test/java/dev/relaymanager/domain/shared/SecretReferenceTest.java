package dev.relaymanager.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretReferenceTest {

  @Test
  void env_and_file_references_parse_and_print_as_given() {
    SecretReference env = SecretReference.parse("ref", "env:SUB2API_ADMIN_KEY");
    SecretReference file = SecretReference.parse("ref", "file:/run/secrets/admin");

    assertThat(env.scheme()).isEqualTo(SecretReference.Scheme.ENV);
    assertThat(env).hasToString("env:SUB2API_ADMIN_KEY");
    assertThat(file.scheme()).isEqualTo(SecretReference.Scheme.FILE);
    assertThat(file.location()).isEqualTo("/run/secrets/admin");
  }

  @Test
  void a_bare_secret_is_refused_without_being_echoed() {
    assertThatThrownBy(() -> SecretReference.parse("admin_key_ref", "admin-0123456789abcdef"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("admin_key_ref: ")
        .hasMessageNotContaining("0123456789abcdef");
  }

  @Test
  void a_relative_file_path_is_refused() {
    assertThatThrownBy(() -> SecretReference.parse("ref", "file:secrets/admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("absolute");
  }

  @Test
  void an_env_reference_needs_a_variable_name() {
    assertThatThrownBy(() -> SecretReference.parse("ref", "env:1-bad"))
        .isInstanceOf(InvalidInputException.class);
  }
}
