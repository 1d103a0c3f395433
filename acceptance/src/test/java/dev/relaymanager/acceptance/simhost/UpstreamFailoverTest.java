package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpstreamFailoverTest {
  private static final Map<String, String> MAPPING = Map.of("deepseek-chat", "deepseek-chat");
  private Sim sim;
  private long group;

  @BeforeEach
  void start() {
    sim = Sim.start(SimOptions.defaults().modelsCacheMillis(0));
    group = sim.openaiGroup("g");
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res chat(String model) {
    sim.user("u@x.io", 10);
    return sim.chat(sim.userKey("u@x.io", group), model);
  }

  private String errorType(Http.Res r) {
    return r.json().get("error").get("type").asText();
  }

  @Test
  void an_upstream_402_fails_over_and_ends_as_502_upstream_error() {
    sim.account("a", "sk-sim-noquota-1", MAPPING, group);
    sim.account("b", "sk-sim-noquota-2", MAPPING, group);

    Http.Res r = chat("deepseek-chat");

    assertThat(r.status()).isEqualTo(502);
    assertThat(errorType(r)).isEqualTo("upstream_error");
    assertThat(r.json().get("error").get("message").asText()).isEqualTo("Upstream request failed");
    assertThat(sim.host.<Integer>withState(s -> s.upstreamCalls.size())).isEqualTo(2);
  }

  @Test
  void an_upstream_429_stays_429_rate_limit_error() {
    sim.account("a", "sk-sim-ratelimit-1", MAPPING, group);

    Http.Res r = chat("deepseek-chat");

    assertThat(r.status()).isEqualTo(429);
    assertThat(errorType(r)).isEqualTo("rate_limit_error");
  }

  @Test
  void the_last_upstream_status_decides_the_answer() {
    sim.account("a", "sk-sim-ratelimit-1", MAPPING, group);
    sim.account("b", "sk-sim-badauth-1", MAPPING, group);

    Http.Res r = chat("deepseek-chat");

    assertThat(r.status()).isEqualTo(502);
    assertThat(r.json().get("error").get("message").asText())
        .isEqualTo("Upstream authentication failed, please contact administrator");
  }

  @Test
  void a_429_fails_over_to_a_good_account() {
    sim.account("a", "sk-sim-ratelimit-1", MAPPING, group);
    sim.account("b", "sk-sim-ok-1", MAPPING, group);

    Http.Res r = chat("deepseek-chat");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void an_upstream_400_is_written_directly_in_openai_shape_without_failover() {
    sim.account("a", "sk-sim-ok-1", Map.of("gpt-x", "gpt-x"), group);
    sim.account("b", "sk-sim-ok-2", Map.of("gpt-x", "gpt-x"), group);

    Http.Res r = chat("gpt-x");

    assertThat(r.status()).isEqualTo(400);
    assertThat(errorType(r)).isEqualTo("invalid_request_error");
    assertThat(r.json().get("error").get("message").asText()).contains("Model Not Exist");
    assertThat(sim.host.<Integer>withState(s -> s.upstreamCalls.size())).isEqualTo(1);
  }

  @Test
  void passthrough_knob_restores_the_uniform_402_answer() {
    sim.host.knobs(k -> k.upstreamErrorPassthrough = true);
    sim.account("a", "sk-sim-noquota-1", MAPPING, group);

    Http.Res r = chat("deepseek-chat");

    assertThat(r.status()).isEqualTo(402);
    assertThat(r.json().get("error").get("message").asText()).isEqualTo("Insufficient Balance");
  }
}
