package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.acceptance.simhost.state.Knobs;
import org.junit.jupiter.api.Test;

class SimArgsTest {

  @Test
  void flags_and_values_set_the_matching_knobs() {
    SimOptions o =
        SimArgs.parse(
            new String[] {
              "--port",
              "0",
              "--no-channels",
              "--compliance",
              "--backend-mode",
              "--models-cache-seconds",
              "2",
              "--jwt-ttl-seconds",
              "60"
            });

    assertThat(o.knobsCopy().channels).isFalse();
    assertThat(o.knobsCopy().complianceRequired).isTrue();
    assertThat(o.knobsCopy().modelsCacheMillis).isEqualTo(2000);
    assertThat(o.knobsCopy().jwtTtlSeconds).isEqualTo(60);
    assertThat(o.settingsCopy().backendModeEnabled).isTrue();
  }

  @Test
  void finding_knobs_have_flags_that_restore_older_builds() {
    SimOptions o =
        SimArgs.parse(
            new String[] {
              "--minimax",
              "--account-delete-404",
              "--group-rate-default-zero",
              "--group-limit-storage",
              "as_sent",
              "--strict-zero-limit",
              "--subscription-plain-reuse",
              "--idempotency-required",
              "--restrict-models-400",
              "--no-model-not-found",
              "--upstream-error-passthrough",
              "--channel-strict-updated-at",
              "--default-test-model",
              "gpt-5.1-codex"
            });

    Knobs k = o.knobsCopy();
    assertThat(k.minimaxPlatform).isTrue();
    assertThat(k.accountDeleteUnknownOk).isFalse();
    assertThat(k.groupRateRequired).isFalse();
    assertThat(k.groupLimitStorage).isEqualTo(Knobs.LIMITS_AS_SENT);
    assertThat(k.strictZeroLimit).isTrue();
    assertThat(k.subscriptionSemanticReuse).isFalse();
    assertThat(k.idempotencyObserveOnly).isFalse();
    assertThat(k.restrictModelsHandler400).isTrue();
    assertThat(k.modelNotFoundSplit).isFalse();
    assertThat(k.upstreamErrorPassthrough).isTrue();
    assertThat(k.channelStrictUpdatedAt).isTrue();
    assertThat(k.defaultOpenaiTestModel).isEqualTo("gpt-5.1-codex");
  }

  @Test
  void defaults_follow_the_newest_upstream_reading() {
    Knobs k = SimArgs.parse(new String[0]).knobsCopy();

    assertThat(k.minimaxPlatform).isFalse();
    assertThat(k.defaultOpenaiTestModel).isEqualTo("gpt-5.4");
    assertThat(k.groupLimitStorage).isEqualTo(Knobs.LIMITS_UPSTREAM);
    assertThat(k.modelsCacheMillis).isEqualTo(15_000);
  }

  @Test
  void an_unknown_group_limit_storage_is_rejected() {
    assertThatThrownBy(() -> SimArgs.parse(new String[] {"--group-limit-storage", "x"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknown_option_is_rejected() {
    assertThatThrownBy(() -> SimArgs.parse(new String[] {"--bogus"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
