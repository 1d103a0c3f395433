package dev.relaymanager.domain.reconcile;

import static dev.relaymanager.domain.batch.LiveFixtures.aLiveAccountFrom;
import static dev.relaymanager.domain.batch.LiveFixtures.aLiveChannelFrom;
import static dev.relaymanager.domain.batch.LiveFixtures.aLiveGroupFrom;
import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_A;
import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_B;
import static dev.relaymanager.domain.provider.ProviderFixtures.NOW;

import dev.relaymanager.domain.batch.BatchFixtures;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;

/**
 * DeepSeek imported in subscription mode with keys A and B (group 12, channel 3, accounts 101 and
 * 102), and the host right after the import, as a host returns it.
 */
public final class ReconcileFixtures {
  public static final long GROUP = 12;
  public static final long CHANNEL = 3;
  public static final long ACCOUNT_A = 101;
  public static final long ACCOUNT_B = 102;
  public static final Blueprint BLUEPRINT =
      ProviderFixtures.aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

  private ReconcileFixtures() {}

  /** The provider with its group, channel and two accounts recorded. */
  public static RecordedProvider aRecordedDeepseek() {
    Provider provider =
        ProviderFixtures.aNewDeepseekProvider()
            .recordGroup(ImportMode.SUBSCRIPTION, GROUP, NOW)
            .recordChannel(CHANNEL, NOW)
            .recordAccount(KEY_A.fingerprint(), ACCOUNT_A, NOW)
            .recordAccount(KEY_B.fingerprint(), ACCOUNT_B, NOW);
    return new RecordedProvider(
        provider, List.of(BLUEPRINT), List.of(BatchFixtures.aRunningBatchWithTwoKeys()));
  }

  /** The host right after the import: the recorded objects, nothing else. */
  public static LiveState aFreshlyAppliedHost() {
    return new LiveState(
        List.of(aLiveGroupFrom(BLUEPRINT.group(), GROUP)),
        List.of(aLiveChannelFrom(BLUEPRINT.channel(List.of(GROUP)), CHANNEL)),
        List.of(anAccount(KEY_A, ACCOUNT_A), anAccount(KEY_B, ACCOUNT_B)));
  }

  /** The account of {@code key} as the import left it, with id {@code id}. */
  public static LiveAccount anAccount(Secret key, long id) {
    return aLiveAccountFrom(BLUEPRINT.account(key, List.of(GROUP)), id);
  }

  /** The freshly applied host with {@code accounts} instead of the two recorded ones. */
  public static LiveState withAccounts(List<LiveAccount> accounts) {
    LiveState fresh = aFreshlyAppliedHost();
    return new LiveState(fresh.groups(), fresh.channels(), accounts);
  }
}
