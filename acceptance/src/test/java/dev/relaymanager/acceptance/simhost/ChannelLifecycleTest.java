package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChannelLifecycleTest {
  private static final String P = "/api/v1/admin/channels";
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode channel(String name, long group) {
    return Sim.ok(sim.post(P, Map.of("name", name, "group_ids", List.of(group))));
  }

  @Test
  void group_delete_leaves_the_deleted_group_id_on_its_channel() {
    long g = sim.openaiGroup("g");
    long id = channel("c", g).get("id").asLong();

    Sim.ok(sim.delete("/api/v1/admin/groups/" + g));

    assertThat(Sim.ok(sim.get(P + "/" + id)).get("group_ids").get(0).asLong()).isEqualTo(g);
  }

  @Test
  void a_deleted_group_id_is_accepted_on_update_and_an_unknown_one_is_a_500() {
    long g = sim.openaiGroup("g");
    long id = channel("c", sim.openaiGroup("h")).get("id").asLong();
    Sim.ok(sim.delete("/api/v1/admin/groups/" + g));

    Http.Res stale = sim.put(P + "/" + id, Map.of("group_ids", List.of(g)));
    Http.Res unknown = sim.put(P + "/" + id, Map.of("group_ids", List.of(999)));

    assertThat(stale.status()).isEqualTo(200);
    assertThat(unknown.status()).isEqualTo(500);
    assertThat(unknown.json().get("message").asText()).isEqualTo("internal error");
  }

  @Test
  void channel_delete_is_hard_and_a_second_delete_is_404() {
    long id = channel("c", sim.openaiGroup("g")).get("id").asLong();

    Sim.ok(sim.delete(P + "/" + id));
    Http.Res again = sim.delete(P + "/" + id);

    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().get("reason").asText()).isEqualTo("CHANNEL_NOT_FOUND");
    assertThat(sim.host.<Integer>withState(s -> s.tables.channels.size())).isZero();
  }

  @Test
  void expected_updated_at_is_ignored_and_last_write_wins() {
    long id = channel("c", sim.openaiGroup("g")).get("id").asLong();

    Http.Res r =
        sim.put(P + "/" + id, Map.of("description", "d", "expected_updated_at", "2000-01-01"));

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void the_strict_fork_knob_rejects_a_stale_expected_updated_at() {
    sim.host.knobs(k -> k.channelStrictUpdatedAt = true);
    JsonNode c = channel("c", sim.openaiGroup("g"));
    String path = P + "/" + c.get("id").asLong();

    Http.Res stale = sim.put(path, Map.of("expected_updated_at", "2000-01-01T00:00:00Z"));
    Http.Res fresh = sim.put(path, Map.of("expected_updated_at", c.get("updated_at").asText()));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(fresh.status()).isEqualTo(200);
  }
}
