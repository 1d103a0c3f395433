package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.access.AccessEvidence.NOT_CALLED;
import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static dev.relaymanager.domain.port.StorageFixtures.ZHIPU;
import static dev.relaymanager.domain.provider.ImportMode.SELF_SERVICE;
import static dev.relaymanager.domain.provider.ImportMode.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.AccessEvidence;
import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link AccessClosureRepository} must do; the fake and each real adapter extend it.
 * Instants and latencies are kept to the nanosecond, so the checks here use nanoseconds.
 */
public abstract class AccessClosureRepositoryContract {
  private static final Instant CHECKED = Instant.parse("2026-11-21T10:00:00.123456789Z");
  private static final Instant RECHECKED = Instant.parse("2026-11-22T08:30:00.000000001Z");

  private AccessClosureRepository closures;

  /**
   * A new repository without closures, in a store that holds {@link StorageFixtures#providers()}
   * and refuses closures of any other provider.
   */
  protected abstract AccessClosureRepository newRepository();

  @BeforeEach
  final void createRepository() {
    closures = newRepository();
  }

  @Test
  void a_closure_ready_in_both_modes_is_found_with_every_field_of_each_check() {
    AccessClosure closure =
        AccessClosure.start(DEEPSEEK.id())
            .record(aReadyCheck(SUBSCRIPTION))
            .record(aReadyCheck(SELF_SERVICE));

    closures.save(closure);

    assertSameClosure(closures.find(DEEPSEEK.id()), closure);
    assertThat(closures.find(DEEPSEEK.id()).orElseThrow().status())
        .isEqualTo(AccessStatus.FULLY_READY);
  }

  @ParameterizedTest
  @EnumSource(FailureClass.class)
  void a_failed_check_keeps_its_failure_class_host_code_and_detail(FailureClass failure) {
    Verdict verdict =
        new Verdict.Failed(failure, failure.name(), "上游返回 \"" + failure.wireName() + "\"");
    AccessClosure closure =
        AccessClosure.start(DEEPSEEK.id())
            .record(aReadyCheck(SUBSCRIPTION))
            .record(new AccessCheck(SELF_SERVICE, CHECKED, anAnsweredListing(), verdict));

    closures.save(closure);

    assertSameClosure(closures.find(DEEPSEEK.id()), closure);
  }

  @Test
  void a_check_that_made_no_call_keeps_the_not_called_statuses_and_empty_texts() {
    Verdict verdict = new Verdict.Failed(FailureClass.ACCESS_NOT_CLOSED, "", "");
    AccessClosure closure =
        AccessClosure.start(DEEPSEEK.id())
            .record(new AccessCheck(SUBSCRIPTION, CHECKED, AccessEvidence.none(), verdict));

    closures.save(closure);

    assertSameClosure(closures.find(DEEPSEEK.id()), closure);
    assertThat(closures.find(DEEPSEEK.id()).orElseThrow().status()).isEqualTo(AccessStatus.BROKEN);
  }

  @Test
  void a_call_that_got_no_answer_keeps_status_zero() {
    AccessEvidence unanswered =
        new AccessEvidence(0, false, 1, NOT_CALLED, "", 0, List.of(), Duration.ofSeconds(30));
    Verdict verdict = new Verdict.Failed(FailureClass.NETWORK_ERROR, "", "read timed out");
    AccessClosure closure =
        AccessClosure.start(DEEPSEEK.id())
            .record(new AccessCheck(SELF_SERVICE, CHECKED, unanswered, verdict));

    closures.save(closure);

    assertSameClosure(closures.find(DEEPSEEK.id()), closure);
  }

  @Test
  void saving_again_replaces_every_check_of_the_closure() {
    closures.save(
        AccessClosure.start(DEEPSEEK.id())
            .record(aReadyCheck(SUBSCRIPTION))
            .record(aReadyCheck(SELF_SERVICE)));
    Verdict verdict = new Verdict.Failed(FailureClass.UPSTREAM_KEY_QUOTA, "quota", "402");
    AccessCheck recheck = new AccessCheck(SELF_SERVICE, RECHECKED, anAnsweredListing(), verdict);
    AccessClosure replaced = AccessClosure.restore(DEEPSEEK.id(), List.of(recheck));

    closures.save(replaced);

    assertSameClosure(closures.find(DEEPSEEK.id()), replaced);
    assertThat(closures.find(DEEPSEEK.id()).orElseThrow().lastCheck(SUBSCRIPTION)).isEmpty();
  }

  @Test
  void a_closure_without_checks_is_not_found_even_when_saved() {
    closures.save(AccessClosure.start(DEEPSEEK.id()).record(aReadyCheck(SUBSCRIPTION)));

    closures.save(AccessClosure.start(DEEPSEEK.id()));

    assertThat(closures.find(DEEPSEEK.id())).isEmpty();
  }

  @Test
  void each_provider_keeps_its_own_closure() {
    AccessClosure deepseek = AccessClosure.start(DEEPSEEK.id()).record(aReadyCheck(SUBSCRIPTION));
    AccessClosure zhipu = AccessClosure.start(ZHIPU.id()).record(aReadyCheck(SELF_SERVICE));

    closures.save(deepseek);
    closures.save(zhipu);

    assertSameClosure(closures.find(DEEPSEEK.id()), deepseek);
    assertSameClosure(closures.find(ZHIPU.id()), zhipu);
  }

  @Test
  void a_provider_never_checked_has_no_closure() {
    closures.save(AccessClosure.start(DEEPSEEK.id()).record(aReadyCheck(SUBSCRIPTION)));

    assertThat(closures.find(ZHIPU.id())).isEmpty();
    assertThat(closures.find(new ProviderId("p-9"))).isEmpty();
  }

  @Test
  void a_closure_of_an_unstored_provider_is_not_found_and_not_stored() {
    ProviderId unstored = new ProviderId("p-9");
    AccessClosure closure = AccessClosure.start(unstored).record(aReadyCheck(SUBSCRIPTION));

    assertThatThrownBy(() -> closures.save(closure))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.identifier()).isEqualTo("p-9"));

    assertThat(closures.find(unstored)).isEmpty();
  }

  /** A ready check of {@code mode} that saw every call answer, with two host codes on the way. */
  private static AccessCheck aReadyCheck(ImportMode mode) {
    AccessEvidence evidence =
        new AccessEvidence(
            200,
            true,
            3,
            200,
            "stop",
            200,
            List.of("MODEL_WARMING", "rate_limit_hint"),
            Duration.ofNanos(312_456_789));
    return new AccessCheck(mode, CHECKED, evidence, new Verdict.Ready());
  }

  /** The smoke model was listed and the usage answered, but the completion was refused. */
  private static AccessEvidence anAnsweredListing() {
    return new AccessEvidence(
        200, true, 2, 503, "", 200, List.of("api_error"), Duration.ofMillis(9).plusNanos(1));
  }

  private static void assertSameClosure(Optional<AccessClosure> actual, AccessClosure expected) {
    assertThat(actual).isPresent();
    assertThat(actual.get().providerId()).isEqualTo(expected.providerId());
    assertThat(actual.get().lastChecks()).isEqualTo(expected.lastChecks());
  }
}
