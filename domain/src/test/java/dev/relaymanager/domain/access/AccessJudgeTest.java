package dev.relaymanager.domain.access;

import static dev.relaymanager.domain.access.AccessFixtures.SMOKE;
import static dev.relaymanager.domain.access.AccessFixtures.aCompletion;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithoutSmoke;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedChat;
import static dev.relaymanager.domain.access.AccessFixtures.aRefusedListing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccessJudgeTest {
  @Test
  void a_listing_with_the_smoke_model_lets_the_completion_decide() {
    assertThat(AccessJudge.judgeListing(aListingWithSmoke(), SMOKE, 1)).isEmpty();
  }

  @Test
  void a_listing_without_the_smoke_model_is_model_not_listed_with_the_polls() {
    Verdict.Failed failed = AccessJudge.judgeListing(aListingWithoutSmoke(), SMOKE, 11).get();

    assertThat(failed.failureClass()).isEqualTo(FailureClass.MODEL_NOT_LISTED);
    assertThat(failed.detail()).contains("deepseek-flash", "11 listing(s)", "gpt-5.4");
  }

  @Test
  void a_refused_listing_carries_the_host_code() {
    Verdict.Failed failed =
        AccessJudge.judgeListing(aRefusedListing(403, "INSUFFICIENT_BALANCE"), SMOKE, 1).get();

    assertThat(failed.failureClass()).isEqualTo(FailureClass.ACCESS_NOT_CLOSED);
    assertThat(failed.hostCode()).isEqualTo("INSUFFICIENT_BALANCE");
  }

  @Test
  void a_completion_cut_off_by_the_token_limit_is_ready() {
    Verdict verdict = AccessJudge.judgeChat(aCompletion("length"), new UpstreamComparison.None());

    assertThat(verdict.isReady()).isTrue();
  }

  @Test
  void a_classified_chat_refusal_needs_no_comparison() {
    ChatAnswer chat = aRefusedChat(503, "api_error");

    Verdict verdict = AccessJudge.judgeChat(chat, new UpstreamComparison.None());

    assertThat(AccessJudge.needsComparison(chat)).isFalse();
    assertThat(((Verdict.Failed) verdict).failureClass())
        .isEqualTo(FailureClass.NO_AVAILABLE_ACCOUNT);
  }

  @Test
  void a_502_while_the_provider_answers_directly_is_a_host_compatibility_gap() {
    Verdict verdict =
        AccessJudge.judgeChat(
            aRefusedChat(502, "upstream_error"),
            new UpstreamComparison.Direct(aCompletion("stop")));

    assertThat(classOf(verdict)).isEqualTo(FailureClass.HOST_COMPATIBILITY_GAP);
  }

  @Test
  void a_502_while_the_provider_answers_402_directly_is_the_providers_key_quota() {
    ChatAnswer direct =
        new ChatAnswer.Refused(
            new GatewayRefusal(402, "", "Insufficient Balance"), Duration.ofMillis(3));

    Verdict verdict =
        AccessJudge.judgeChat(
            aRefusedChat(502, "upstream_error"), new UpstreamComparison.Direct(direct));

    assertThat(classOf(verdict)).isEqualTo(FailureClass.UPSTREAM_KEY_QUOTA);
    assertThat(((Verdict.Failed) verdict).hostCode()).isEqualTo("upstream_error");
  }

  @Test
  void a_502_while_the_provider_rejects_the_key_directly_is_an_upstream_auth_error() {
    ChatAnswer direct =
        new ChatAnswer.Refused(
            new GatewayRefusal(401, "invalid_api_key", "bad key"), Duration.ofMillis(3));

    Verdict verdict =
        AccessJudge.judgeChat(
            aRefusedChat(502, "upstream_error"), new UpstreamComparison.Direct(direct));

    assertThat(classOf(verdict)).isEqualTo(FailureClass.UPSTREAM_AUTH_ERROR);
  }

  @Test
  void a_502_without_a_key_in_memory_takes_the_account_tests_class() {
    AccountTestOutcome failed =
        new AccountTestOutcome.Failed(FailureClass.UPSTREAM_KEY_QUOTA, 402, "API returned 402");

    Verdict verdict =
        AccessJudge.judgeChat(
            aRefusedChat(502, "upstream_error"), new UpstreamComparison.AccountTest(failed));

    assertThat(classOf(verdict)).isEqualTo(FailureClass.UPSTREAM_KEY_QUOTA);
  }

  @Test
  void a_502_whose_account_test_passes_is_a_host_compatibility_gap() {
    Verdict verdict =
        AccessJudge.judgeChat(
            aRefusedChat(502, "upstream_error"),
            new UpstreamComparison.AccountTest(new AccountTestOutcome.Passed("deepseek-chat")));

    assertThat(classOf(verdict)).isEqualTo(FailureClass.HOST_COMPATIBILITY_GAP);
  }

  @Test
  void a_502_without_any_comparison_stays_an_upstream_error() {
    Verdict verdict =
        AccessJudge.judgeChat(aRefusedChat(502, "upstream_error"), new UpstreamComparison.None());

    assertThat(classOf(verdict)).isEqualTo(FailureClass.UPSTREAM_ERROR);
  }

  private static FailureClass classOf(Verdict verdict) {
    return ((Verdict.Failed) verdict).failureClass();
  }
}
