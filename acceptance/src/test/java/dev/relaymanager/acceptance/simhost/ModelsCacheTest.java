package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelsCacheTest {
  private static final Map<String, String> MAPPING = Map.of("deepseek-chat", "deepseek-chat");
  private Sim sim;
  private long group;
  private String key;

  @BeforeEach
  void start() {
    sim = Sim.start(SimOptions.defaults().modelsCacheMillis(3_600_000));
    group = sim.openaiGroup("g");
    sim.user("u@x.io", 10);
    key = sim.userKey("u@x.io", group);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private List<String> models() {
    List<String> ids = new ArrayList<>();
    sim.gateway("GET", "/v1/models", key, null)
        .json()
        .get("data")
        .forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void the_default_answer_before_accounts_are_bound_is_cached_too() {
    List<String> early = models();
    sim.account("a", "sk-sim-ok-1", MAPPING, group);

    List<String> later = models();

    assertThat(later).isEqualTo(early).doesNotContain("deepseek-chat");
  }

  @Test
  void admin_writes_do_not_invalidate_the_cache() {
    long a = sim.account("a", "sk-sim-ok-1", MAPPING, group);
    List<String> first = models();

    sim.post("/api/v1/admin/accounts/" + a + "/schedulable", Map.of("schedulable", false));
    List<String> cached = models();

    assertThat(cached).isEqualTo(first).containsExactly("deepseek-chat");
  }

  @Test
  void the_cache_is_keyed_by_group_and_platform() {
    sim.account("a", "sk-sim-ok-1", MAPPING, group);
    List<String> openai = models();

    Sim.ok(sim.put("/api/v1/admin/groups/" + group, Map.of("platform", "grok")));
    List<String> grok = models();

    assertThat(openai).containsExactly("deepseek-chat");
    assertThat(grok).doesNotContain("deepseek-chat");
    assertThat(sim.host.<Integer>withState(s -> s.modelsCache.size())).isEqualTo(2);
  }
}
