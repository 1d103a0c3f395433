package dev.relaymanager.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderForgetTest {
  private static final Instant LATER = ProviderFixtures.NOW.plusSeconds(60);

  @Test
  void forgetting_an_account_keeps_a_group_that_has_the_same_host_id() {
    Provider provider =
        ProviderFixtures.aNewDeepseekProvider()
            .recordGroup(ImportMode.SUBSCRIPTION, 5, ProviderFixtures.NOW)
            .recordChannel(5, ProviderFixtures.NOW)
            .recordAccount(ProviderFixtures.KEY_A.fingerprint(), 5, ProviderFixtures.NOW);

    Provider forgotten = provider.forgetAccount(5, LATER);

    assertThat(forgotten.accountIds()).isEmpty();
    assertThat(forgotten.groupId(ImportMode.SUBSCRIPTION)).hasValue(5);
    assertThat(forgotten.channelId()).hasValue(5);
  }

  @Test
  void forgetting_a_group_or_the_channel_touches_only_that_kind() {
    Provider provider =
        ProviderFixtures.aNewDeepseekProvider()
            .recordGroup(ImportMode.SELF_SERVICE, 9, ProviderFixtures.NOW)
            .recordChannel(9, ProviderFixtures.NOW)
            .recordAccount(ProviderFixtures.KEY_B.fingerprint(), 9, ProviderFixtures.NOW);

    Provider withoutGroup = provider.forgetGroup(9, LATER);
    Provider withoutChannel = provider.forgetChannel(9, LATER);

    assertThat(withoutGroup.groupId(ImportMode.SELF_SERVICE)).isEmpty();
    assertThat(withoutGroup.channelId()).hasValue(9);
    assertThat(withoutGroup.accountIds()).hasSize(1);
    assertThat(withoutChannel.channelId()).isEmpty();
    assertThat(withoutChannel.groupId(ImportMode.SELF_SERVICE)).hasValue(9);
  }
}
