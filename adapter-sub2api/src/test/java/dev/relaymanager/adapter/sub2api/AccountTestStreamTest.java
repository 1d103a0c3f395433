package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import org.junit.jupiter.api.Test;

class AccountTestStreamTest {
  private static final String PASSING =
      "data: {\"type\":\"test_start\",\"model\":\"deepseek-chat\"}\n\n"
          + "data: {\"type\":\"status\",\"text\":\"正在通过 /v1/chat/completions 测试连接\"}\n\n"
          + "data: {\"type\":\"content\",\"text\":\"pong\"}\n\n"
          + "data: {\"type\":\"test_complete\",\"success\":true}\n\n";

  private final AccountTestStream stream = new AccountTestStream(new HostJson().mapper());

  @Test
  void test_complete_with_success_passes_with_the_model_of_test_start() {
    AccountTestOutcome outcome = stream.outcome(PASSING, "deepseek-v3");

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-chat"));
  }

  @Test
  void a_stream_without_test_start_passes_with_the_requested_model() {
    String body = "data: {\"type\":\"test_complete\",\"success\":true}\n\n";

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-chat"));
  }

  @Test
  void crlf_line_endings_and_data_without_a_space_are_read_alike() {
    String body = PASSING.replace("\n", "\r\n").replace("data: ", "data:");

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-v3");

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-chat"));
  }

  @Test
  void an_error_frame_fails_with_the_upstream_status_and_full_text() {
    String error =
        "API returned 402: {\\\"error\\\":{\\\"message\\\":\\\"Insufficient Balance\\\"}}";
    String body =
        "data: {\"type\":\"test_start\",\"model\":\"deepseek-chat\"}\n\n"
            + "data: {\"type\":\"error\",\"error\":\""
            + error
            + "\"}\n\n";

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome)
        .isEqualTo(
            new AccountTestOutcome.Failed(
                FailureClass.UPSTREAM_KEY_QUOTA,
                402,
                "API returned 402: {\"error\":{\"message\":\"Insufficient Balance\"}}"));
  }

  @Test
  void upstream_statuses_are_classified_by_the_status_they_embed() {
    AccountTestOutcome auth = stream.outcome(errorFrame("API returned 401: denied"), "m");
    AccountTestOutcome limited =
        stream.outcome(
            errorFrame("Chat Completions API (/v1/chat/completions) returned 429: slow"), "m");
    AccountTestOutcome failing = stream.outcome(errorFrame("API returned 500: oops"), "m");
    AccountTestOutcome network =
        stream.outcome(errorFrame("Request failed: dial tcp: i/o timeout"), "m");

    assertThat(((AccountTestOutcome.Failed) auth).failureClass())
        .isEqualTo(FailureClass.UPSTREAM_AUTH_ERROR);
    assertThat(((AccountTestOutcome.Failed) limited).failureClass())
        .isEqualTo(FailureClass.RATE_LIMITED);
    assertThat(((AccountTestOutcome.Failed) failing).failureClass())
        .isEqualTo(FailureClass.UPSTREAM_ERROR);
    assertThat(((AccountTestOutcome.Failed) network).failureClass())
        .isEqualTo(FailureClass.NETWORK_ERROR);
  }

  @Test
  void test_complete_without_success_fails_with_its_error() {
    String body =
        "data: {\"type\":\"test_complete\",\"error\":\"Stream ended before response.completed\"}\n\n";

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome)
        .isEqualTo(
            new AccountTestOutcome.Failed(
                FailureClass.NETWORK_ERROR, 0, "Stream ended before response.completed"));
  }

  @Test
  void a_stream_that_ends_without_a_result_is_a_network_error() {
    String body = "data: {\"type\":\"test_start\",\"model\":\"deepseek-chat\"}\n\ndata: {\"type\":";

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome)
        .isEqualTo(
            new AccountTestOutcome.Failed(
                FailureClass.NETWORK_ERROR, 0, AccountTestStream.NO_RESULT));
  }

  @Test
  void the_last_frame_counts_even_without_a_closing_blank_line() {
    String body = "data: {\"type\":\"test_complete\",\"success\":true}";

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome.passed()).isTrue();
  }

  @Test
  void the_first_result_decides() {
    String body = errorFrame("API returned 401: denied") + PASSING;

    AccountTestOutcome outcome = stream.outcome(body, "deepseek-chat");

    assertThat(outcome.passed()).isFalse();
  }

  private static String errorFrame(String error) {
    return "data: {\"type\":\"error\",\"error\":\"" + error + "\"}\n\n";
  }
}
