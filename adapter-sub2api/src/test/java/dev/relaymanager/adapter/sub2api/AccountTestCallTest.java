package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountTestCallTest {
  private static final String TEST = "/api/v1/admin/accounts/31/test";
  private static final ModelId SMOKE = new ModelId("deepseek-chat");
  private static final String PASSED =
      "data: {\"type\":\"test_start\",\"model\":\"deepseek-chat\"}\n\n"
          + "data: {\"type\":\"test_complete\",\"success\":true}\n\n";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostAdmin admin =
      TestSessions.hostAdmin(host.baseUrl(), MutableClock.at("2026-11-01T00:00:00Z"));

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void a_passing_stream_passes_and_the_request_names_the_model() {
    host.on("POST", TEST, new Canned(200, "text/event-stream", PASSED));

    AccountTestOutcome outcome = admin.testAccount(31, SMOKE);

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-chat"));
    assertThat(host.requests().get(0).body())
        .isEqualTo("{\"model_id\":\"deepseek-chat\",\"prompt\":\"\"}");
  }

  @Test
  void a_stream_with_a_json_content_type_is_still_read_as_events() {
    String body = "data: {\"type\":\"error\",\"error\":\"Invalid base URL\"}\n\n";
    host.on("POST", TEST, Canned.json(200, body));

    AccountTestOutcome outcome = admin.testAccount(31, SMOKE);

    assertThat(outcome)
        .isEqualTo(
            new AccountTestOutcome.Failed(FailureClass.UPSTREAM_ERROR, 0, "Invalid base URL"));
  }

  @Test
  void an_empty_stream_is_a_network_error() {
    host.on("POST", TEST, new Canned(200, "text/event-stream", ""));

    AccountTestOutcome outcome = admin.testAccount(31, SMOKE);

    assertThat(outcome)
        .isEqualTo(
            new AccountTestOutcome.Failed(
                FailureClass.NETWORK_ERROR, 0, AccountTestStream.NO_RESULT));
  }

  @Test
  void an_early_json_refusal_is_an_exception_not_an_outcome() {
    host.on("POST", TEST, Canned.validation("Invalid request: bad account id"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> admin.testAccount(31, SMOKE));

    assertThat(rejected.httpStatus()).isEqualTo(400);
    assertThat(rejected.getMessage()).contains("bad account id");
  }

  @Test
  void a_test_of_an_account_the_host_lacks_is_not_found() {
    host.on(
        "POST",
        "/api/v1/admin/accounts/9/test",
        ContractFixtures.answer(404, "error-account-not-found.json"));

    NotFoundException missing =
        catchThrowableOfType(NotFoundException.class, () -> admin.testAccount(9, SMOKE));

    assertThat(missing.identifier()).isEqualTo("9");
  }

  @Test
  void a_runaway_stream_is_cut_at_the_cap_without_a_result() {
    String frame = "data: {\"type\":\"content\",\"text\":\"" + "x".repeat(1000) + "\"}\n\n";
    host.on("POST", TEST, new Canned(200, "text/event-stream", frame.repeat(1200)));

    AccountTestOutcome outcome = admin.testAccount(31, SMOKE);

    assertThat(outcome.passed()).isFalse();
    assertThat(((AccountTestOutcome.Failed) outcome).failureClass())
        .isEqualTo(FailureClass.NETWORK_ERROR);
  }
}
