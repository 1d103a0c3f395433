package dev.relaymanager.domain.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @Test
  void trailing_slashes_are_dropped_and_scheme_and_host_lowercased() {
    BaseUrl url = new BaseUrl("HTTPS://Relay.Example.com:8443/base//");

    assertThat(url.value()).isEqualTo("https://relay.example.com:8443/base");
  }

  @Test
  void resolve_appends_a_path() {
    BaseUrl url = new BaseUrl("http://127.0.0.1:8080");

    assertThat(url.resolve("/health")).hasToString("http://127.0.0.1:8080/health");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://host",
        "not a url",
        "relay.example.com",
        "http://",
        "https://host/?q=1",
        "https://host/#frag",
        "https://user:pw@host"
      })
  void anything_but_a_plain_http_url_is_refused(String text) {
    assertThatThrownBy(() -> BaseUrl.parse("url", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("url: ");
  }

  @Test
  void a_refused_url_with_credentials_does_not_echo_them() {
    assertThatThrownBy(() -> BaseUrl.parse("url", "https://admin:hunter2@host"))
        .hasMessageNotContaining("hunter2");
  }
}
