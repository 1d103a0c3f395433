package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.cli.ServeSettings;
import dev.relaymanager.adapter.http.ApiServer;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.shared.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiLauncherTest {
  private static final String TOKEN = "launcher-test-token-0123456789";

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
  private final ObjectMapper mapper = JsonMapperFactory.create();
  private final HttpClient client = HttpClient.newHttpClient();
  @TempDir Path directory;

  @Test
  void the_server_over_the_real_adapters_registers_and_lists_hosts() throws Exception {
    try (RelayManager manager = manager();
        ApiServer server =
            new ApiLauncher(mapper, clock)
                .start(manager, new ServeSettings("127.0.0.1", 0), Secret.of(TOKEN))) {
      String body =
          "{\"name\":\"sim\",\"url\":\"http://127.0.0.1:18080\",\"admin_key_ref\":\"env:SIM_ADMIN_KEY\"}";

      HttpResponse<String> created = send(server, "/api/hosts", body);
      HttpResponse<String> ready = send(server, "/readyz", null);

      assertThat(created.statusCode()).isEqualTo(201);
      JsonNode host = mapper.readTree(created.body());
      assertThat(host.get("created_at").asText()).isEqualTo("2026-11-02T08:00:00Z");
      assertThat(manager.hosts().listHosts().execute()).hasSize(1);
      assertThat(ready.body()).isEqualTo("{\"status\":\"ready\"}");
    }
  }

  @Test
  void the_access_routes_are_wired() throws Exception {
    try (RelayManager manager = manager();
        ApiServer server =
            new ApiLauncher(mapper, clock)
                .start(manager, new ServeSettings("127.0.0.1", 0), Secret.of(TOKEN))) {

      HttpResponse<String> check = send(server, "/api/providers/nope/access", "{}");

      assertThat(check.statusCode()).isEqualTo(404);
      assertThat(mapper.readTree(check.body()).get("code").asText()).isEqualTo("not_found");
    }
  }

  private RelayManager manager() {
    return RelayManager.builder()
        .database(directory.resolve("state.db"))
        .secretResolver(new LocalSecretResolver(Map.of("SIM_ADMIN_KEY", "admin-key")))
        .clock(clock)
        .hostConnector(new InMemoryHostConnector())
        .build();
  }

  private HttpResponse<String> send(ApiServer server, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Authorization", "Bearer " + TOKEN);
    request =
        body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
