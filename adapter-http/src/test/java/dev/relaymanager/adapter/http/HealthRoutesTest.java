package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

  @Test
  void readyz_is_503_when_the_database_does_not_answer() {
    try (TestApi api = new TestApi(() -> false)) {

      HttpResponse<String> response = api.send(api.unauthenticated("/readyz").GET());

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("{\"status\":\"unavailable\"}");
    }
  }

  @Test
  void readyz_is_200_when_the_database_answers() {
    try (TestApi api = new TestApi(() -> true)) {

      HttpResponse<String> response = api.send(api.unauthenticated("/readyz").GET());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"status\":\"ready\"}");
    }
  }
}
