package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.host.HostFixtures.aModernHostsCapabilities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The capabilities JSON stays readable when capabilities are added or come from newer rows. */
class CapabilitiesJsonTest {
  private final CapabilitiesJson json = new CapabilitiesJson();

  @Test
  void capabilities_survive_a_round_trip() {
    HostCapabilities capabilities = aModernHostsCapabilities();

    HostCapabilities read = json.read(json.write(capabilities));

    assertThat(read).isEqualTo(capabilities);
  }

  @Test
  void platforms_are_written_sorted_so_equal_capabilities_give_equal_text() {
    HostCapabilities capabilities =
        new HostCapabilities(
            true, false, false, false, Set.of("zhipu", "deepseek", "openai"), false, false, false);

    String text = json.write(capabilities);

    assertThat(text).contains("\"group_platforms\":[\"deepseek\",\"openai\",\"zhipu\"]");
  }

  @Test
  void a_capability_missing_from_an_older_row_reads_as_absent() {
    String older = "{\"channels\":true,\"group_platforms\":[\"openai\"]}";

    HostCapabilities read = json.read(older);

    assertThat(read)
        .isEqualTo(
            new HostCapabilities(true, false, false, false, Set.of("openai"), false, false, false));
  }

  @Test
  void a_capability_unknown_to_this_version_is_ignored() {
    String newer = "{\"channels\":true,\"video_generation\":true}";

    HostCapabilities read = json.read(newer);

    assertThat(read.channels()).isTrue();
    assertThat(read.groupPlatforms()).isEmpty();
  }

  @Test
  void unreadable_json_is_reported_against_the_database() {
    assertThatThrownBy(() -> json.read("{not json"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("db"));
  }
}
