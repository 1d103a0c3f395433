package dev.relaymanager.acceptance.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.acceptance.simhost.SimOptions;
import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.acceptance.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsHttpIT {
  private static final String TOKEN = "it-admin-token-0123456789abcdef";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;
  private SimulatedHost sim;
  private ServerProcess server;

  @BeforeEach
  void start_the_simulated_host_and_the_server() {
    sim = SimulatedHost.start(SimOptions.defaults());
    server =
        ServerProcess.start(
            dir.resolve("state.db"),
            Map.of("RELAY_MANAGER_ADMIN_TOKEN", TOKEN, "SIM_ADMIN_KEY", sim.adminApiKey()));
  }

  @AfterEach
  void stop_both() {
    server.close();
    sim.close();
  }

  @Test
  void a_host_is_registered_probed_and_listed_over_http() throws Exception {
    String body =
        json.writeValueAsString(
            Map.of("name", "sim", "url", sim.baseUrl(), "admin_key_ref", "env:SIM_ADMIN_KEY"));

    HttpResponse<String> created = send("POST", "/api/hosts", body, TOKEN);
    HttpResponse<String> probed = send("POST", "/api/hosts/sim/probe", "", TOKEN);
    HttpResponse<String> listed = send("GET", "/api/hosts", null, TOKEN);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(probed.statusCode()).isEqualTo(200);
    assertThat(json.readTree(probed.body()).at("/last_probe/status").asText()).isEqualTo("healthy");
    assertThat(json.readTree(listed.body())).hasSize(1);
    assertThat(created.body() + probed.body() + listed.body()).doesNotContain(sim.adminApiKey());
  }

  @Test
  void errors_are_problem_documents() throws Exception {
    HttpResponse<String> unauthorised = send("GET", "/api/hosts", null, "wrong-token-0123456789");
    HttpResponse<String> unknown = send("GET", "/api/hosts/nope", null, TOKEN);
    HttpResponse<String> malformed = send("POST", "/api/hosts", "{not json", TOKEN);
    HttpResponse<String> invalid =
        send("POST", "/api/hosts", "{\"name\":\"Bad Name\",\"url\":\"ftp://x\"}", TOKEN);

    assertThat(unauthorised.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(invalid.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(invalid.body());
    assertThat(invalid.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(problem.get("violations").findValuesAsText("path")).contains("name", "url");
    assertThat(json.readTree(send("GET", "/api/hosts", null, TOKEN).body())).isEmpty();
  }

  @Test
  void the_server_is_healthy_ready_and_stops_on_sigterm() throws Exception {
    HttpResponse<String> health = send("GET", "/healthz", null, null);
    HttpResponse<String> ready = send("GET", "/readyz", null, null);

    int exit = server.stop();

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(exit).isIn(0, 143);
  }

  private HttpResponse<String> send(String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
