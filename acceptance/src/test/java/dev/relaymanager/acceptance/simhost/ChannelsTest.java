package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChannelsTest {
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

  private Http.Res create(String name, long group) {
    return sim.post(
        P,
        Map.of(
            "name",
            name,
            "group_ids",
            List.of(group),
            "model_pricing",
            List.of(
                Map.of(
                    "models",
                    List.of("deepseek-chat"),
                    "input_price",
                    0.00000027,
                    "output_price",
                    0.0000011))));
  }

  @Test
  void create_applies_defaults_and_the_channel_time_format() {
    long g = sim.openaiGroup("g");

    JsonNode c = Sim.ok(create("rm-deepseek", g));

    assertThat(c.get("billing_model_source").asText()).isEqualTo("channel_mapped");
    assertThat(c.get("status").asText()).isEqualTo("active");
    assertThat(c.get("model_pricing").get(0).get("platform").asText()).isEqualTo("anthropic");
    assertThat(c.get("model_pricing").get(0).get("billing_mode").asText()).isEqualTo("token");
    assertThat(c.get("model_pricing").get(0).get("input_price").asDouble()).isEqualTo(0.00000027);
    assertThat(c.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void a_group_belongs_to_at_most_one_channel() {
    long g = sim.openaiGroup("g");
    Sim.ok(create("one", g));

    Http.Res r = create("two", g);

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("reason").asText()).isEqualTo("GROUP_ALREADY_IN_CHANNEL");
  }

  @Test
  void channel_names_are_unique() {
    Sim.ok(create("same", sim.openaiGroup("g1")));

    Http.Res r = create("same", sim.openaiGroup("g2"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("reason").asText()).isEqualTo("CHANNEL_EXISTS");
  }

  @Test
  void validation_errors_carry_the_validation_error_reason() {
    Http.Res r = sim.post(P, Map.of("description", "no name"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("reason").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(r.json().get("message").asText()).contains("'Name'");
  }

  @Test
  void negative_prices_are_rejected() {
    Http.Res r =
        sim.post(
            P,
            Map.of(
                "name",
                "c",
                "model_pricing",
                List.of(Map.of("models", List.of("m"), "input_price", -1))));

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void update_replaces_arrays_and_toggles_status() {
    long g1 = sim.openaiGroup("g1");
    long g2 = sim.openaiGroup("g2");
    long id = Sim.ok(create("c", g1)).get("id").asLong();

    JsonNode c =
        Sim.ok(sim.put(P + "/" + id, Map.of("group_ids", List.of(g2), "status", "disabled")));

    assertThat(c.get("group_ids")).hasSize(1);
    assertThat(c.get("group_ids").get(0).asLong()).isEqualTo(g2);
    assertThat(c.get("status").asText()).isEqualTo("disabled");
    assertThat(c.get("model_pricing")).hasSize(1);
  }

  @Test
  void deleted_channel_is_not_found_and_frees_its_groups() {
    long g = sim.openaiGroup("g");
    long id = Sim.ok(create("c", g)).get("id").asLong();

    Sim.ok(sim.delete(P + "/" + id));

    assertThat(sim.get(P + "/" + id).json().get("reason").asText()).isEqualTo("CHANNEL_NOT_FOUND");
    assertThat(create("c", g).status()).isEqualTo(200);
  }
}
