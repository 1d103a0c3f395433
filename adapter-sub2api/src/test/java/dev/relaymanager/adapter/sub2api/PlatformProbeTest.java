package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformProbeTest {
  private static final String NAME_REQUIRED =
      "Invalid request: Key: 'CreateGroupRequest.Name' Error:Field validation for 'Name' failed on"
          + " the 'required' tag";
  private static final String PLATFORM_ONEOF =
      "Key: 'CreateGroupRequest.Platform' Error:Field validation for 'Platform' failed on the"
          + " 'oneof' tag";

  @Test
  void a_name_required_failure_alone_means_the_platform_is_accepted() {
    String message = NAME_REQUIRED;

    boolean accepted = PlatformProbe.acceptedBy(message);

    assertThat(accepted).isTrue();
  }

  @Test
  void a_oneof_failure_on_platform_means_the_platform_is_refused() {
    String message = NAME_REQUIRED + "\n" + PLATFORM_ONEOF;

    boolean accepted = PlatformProbe.acceptedBy(message);

    assertThat(accepted).isFalse();
  }

  @Test
  void a_oneof_failure_on_platform_on_the_same_line_means_the_platform_is_refused() {
    String message = NAME_REQUIRED + "; " + PLATFORM_ONEOF;

    boolean accepted = PlatformProbe.acceptedBy(message);

    assertThat(accepted).isFalse();
  }

  @Test
  void a_message_that_names_neither_rule_counts_as_refused() {
    String message = "Invalid request: unsupported platform";

    boolean accepted = PlatformProbe.acceptedBy(message);

    assertThat(accepted).isFalse();
  }

  @Test
  void the_contract_fixtures_read_one_way_each() {
    String nameOnly = ContractFixtures.read("error-validation-name.json");
    String withPlatform = ContractFixtures.read("error-validation-platform.json");

    boolean[] accepted = {
      PlatformProbe.acceptedBy(messageOf(nameOnly)),
      PlatformProbe.acceptedBy(messageOf(withPlatform))
    };

    assertThat(accepted).containsExactly(true, false);
  }

  private static String messageOf(String fixture) {
    HostJson json = new HostJson();
    HostReply reply = new HostReply(400, "application/json", fixture);
    return new EnvelopeDecoder(json.mapper())
        .decode(HostRequest.get("/x"), reply, json.type(Object.class))
        .failure()
        .orElseThrow()
        .message();
  }
}
