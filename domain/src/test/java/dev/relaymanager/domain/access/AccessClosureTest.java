package dev.relaymanager.domain.access;

import static dev.relaymanager.domain.access.AccessFixtures.aBrokenCheck;
import static dev.relaymanager.domain.access.AccessFixtures.aModelsOnlyCheck;
import static dev.relaymanager.domain.access.AccessFixtures.aReadyCheck;
import static dev.relaymanager.domain.provider.ImportMode.SELF_SERVICE;
import static dev.relaymanager.domain.provider.ImportMode.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.ProviderId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessClosureTest {
  private static final ProviderId PROVIDER = new ProviderId("p-1");

  @Test
  void a_provider_never_checked_is_unknown() {
    assertThat(AccessClosure.start(PROVIDER).status()).isEqualTo(AccessStatus.UNKNOWN);
  }

  @Test
  void models_only_is_never_ready() {
    AccessClosure closure = AccessClosure.start(PROVIDER).record(aModelsOnlyCheck(SUBSCRIPTION));

    assertThat(closure.status()).isEqualTo(AccessStatus.MODELS_ONLY);
    assertThat(closure.status().isReady()).isFalse();
  }

  @Test
  void one_ready_mode_gives_that_modes_status() {
    AccessClosure closure =
        AccessClosure.start(PROVIDER)
            .record(aReadyCheck(SELF_SERVICE))
            .record(aBrokenCheck(SUBSCRIPTION));

    assertThat(closure.status()).isEqualTo(AccessStatus.SELF_SERVICE_READY);
  }

  @Test
  void both_modes_ready_is_fully_ready() {
    AccessClosure closure =
        AccessClosure.start(PROVIDER)
            .record(aReadyCheck(SUBSCRIPTION))
            .record(aReadyCheck(SELF_SERVICE));

    assertThat(closure.status()).isEqualTo(AccessStatus.FULLY_READY);
  }

  @Test
  void a_new_check_replaces_the_last_one_of_its_mode() {
    AccessClosure ready = AccessClosure.start(PROVIDER).record(aReadyCheck(SUBSCRIPTION));

    AccessClosure broken = ready.record(aBrokenCheck(SUBSCRIPTION));

    assertThat(broken.status()).isEqualTo(AccessStatus.BROKEN);
    assertThat(broken.lastChecks()).hasSize(1);
    assertThat(ready.status()).isEqualTo(AccessStatus.SUBSCRIPTION_READY);
  }

  @Test
  void restore_rebuilds_the_same_status() {
    List<AccessCheck> stored = List.of(aReadyCheck(SELF_SERVICE), aReadyCheck(SUBSCRIPTION));

    AccessClosure closure = AccessClosure.restore(PROVIDER, stored);

    assertThat(closure.status()).isEqualTo(AccessStatus.FULLY_READY);
    assertThat(closure.lastChecks())
        .extracting(AccessCheck::mode)
        .containsExactly(SUBSCRIPTION, SELF_SERVICE);
  }
}
