package dev.relaymanager.domain.reconcile;

import static dev.relaymanager.domain.reconcile.ReconcileFixtures.ACCOUNT_A;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.ACCOUNT_B;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.aRecordedDeepseek;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.anAccount;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.withAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveFixtures;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairAndPrunePlanTest {
  private final LiveState accountAGone =
      withAccounts(List.of(anAccount(ProviderFixtures.KEY_B, ACCOUNT_B)));

  @Test
  void a_missing_account_is_recreated_when_its_key_is_given_again() {
    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), accountAGone);

    RepairPlan plan =
        RepairPlan.of(findings, List.of(aRecordedDeepseek()), List.of(ProviderFixtures.KEY_A));

    assertThat(plan.writes())
        .singleElement()
        .isInstanceOfSatisfying(
            RepairStep.Recreate.class,
            step -> {
              AccountDraft draft = (AccountDraft) step.draft();
              assertThat(draft.fingerprint()).isEqualTo(ProviderFixtures.KEY_A.fingerprint());
              assertThat(draft.groupIds()).containsExactly(ReconcileFixtures.GROUP);
            });
    assertThat(plan.needingKeys()).isEmpty();
  }

  @Test
  void a_missing_account_without_its_key_is_explained_and_names_the_import_to_rerun() {
    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), accountAGone);

    RepairPlan plan =
        RepairPlan.of(
            findings, List.of(aRecordedDeepseek()), List.of(Secret.of("sk-some-other-key")));

    assertThat(plan.writes()).isEmpty();
    assertThat(plan.needingKeys())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.object().id()).isEqualTo(ACCOUNT_A);
              assertThat(step.hint()).contains("import apply").contains("--mode subscription");
            });
  }

  @Test
  void an_account_only_unbound_is_rebound_without_its_key() {
    LiveAccount unbound = anAccount(ProviderFixtures.KEY_A, ACCOUNT_A).withGroupIds(List.of());
    LiveState live = withAccounts(List.of(unbound, anAccount(ProviderFixtures.KEY_B, ACCOUNT_B)));

    RepairPlan plan =
        RepairPlan.of(
            Reconciler.provider(aRecordedDeepseek(), live),
            List.of(aRecordedDeepseek()),
            List.of());

    assertThat(plan.steps())
        .containsExactly(
            new RepairStep.Rebind(
                new HostObjectRef(HostObjectKind.ACCOUNT, ACCOUNT_A, unbound.name()),
                List.of(ReconcileFixtures.GROUP),
                ((Finding.Changed) Reconciler.provider(aRecordedDeepseek(), live).get(0)).diffs()));
  }

  @Test
  void prune_deletes_orphans_and_extra_copies_but_keeps_the_recorded_id() {
    LiveAccount recorded = anAccount(ProviderFixtures.KEY_A, ACCOUNT_A);
    LiveAccount olderCopy = LiveFixtures.withIdAndPriority(recorded, 90, 50);
    LiveAccount orphan = anAccount(Secret.of("sk-deepseek-cccccccccccccccc"), 300);
    LiveState live =
        withAccounts(
            List.of(olderCopy, recorded, anAccount(ProviderFixtures.KEY_B, ACCOUNT_B), orphan));

    PrunePlan plan = PrunePlan.of(Reconciler.provider(aRecordedDeepseek(), live));

    assertThat(plan.deletions())
        .extracting(HostObjectRef::id)
        .containsExactly(90L, 300L)
        .doesNotContain(ACCOUNT_A);
  }

  @Test
  void prune_keeps_the_oldest_when_no_copy_is_recorded() {
    Secret stray = Secret.of("sk-deepseek-cccccccccccccccc");
    LiveState live =
        withAccounts(
            List.of(
                anAccount(ProviderFixtures.KEY_A, ACCOUNT_A),
                anAccount(ProviderFixtures.KEY_B, ACCOUNT_B),
                anAccount(stray, 301),
                anAccount(stray, 300)));

    PrunePlan plan = PrunePlan.of(Reconciler.provider(aRecordedDeepseek(), live));

    assertThat(plan.deletions()).extracting(HostObjectRef::id).containsExactly(301L);
  }
}
