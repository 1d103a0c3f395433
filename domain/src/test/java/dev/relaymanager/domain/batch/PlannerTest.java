package dev.relaymanager.domain.batch;

import static dev.relaymanager.domain.batch.LiveFixtures.aLiveAccountFrom;
import static dev.relaymanager.domain.batch.LiveFixtures.aLiveChannelFrom;
import static dev.relaymanager.domain.batch.LiveFixtures.aLiveGroupFrom;
import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_A;
import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_B;
import static dev.relaymanager.domain.provider.ProviderFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final long GROUP = 12;
  private static final long CHANNEL = 3;
  private final Blueprint blueprint = ProviderFixtures.aDeepseekBlueprint(ImportMode.SUBSCRIPTION);
  private final KeyList keys = KeyList.of(List.of(KEY_A, KEY_B));

  @Test
  void an_empty_host_plans_creates_with_bindings_pending_until_the_group_exists() {
    Provider provider = ProviderFixtures.aNewDeepseekProvider();

    ImportPlan plan = Planner.plan(blueprint, keys, provider, LiveState.empty());

    assertThat(plan.group()).isInstanceOf(PlanItem.Create.class);
    assertThat(plan.channel()).get().isInstanceOf(PlanItem.Create.class);
    assertThat(plan.accounts())
        .extracting(a -> a.item().action())
        .containsExactly("create", "create");
    assertThat(plan.bindingsPending()).isTrue();
    assertThat(plan.writeCount()).isEqualTo(4);
  }

  @Test
  void a_freshly_applied_and_recorded_import_plans_as_noop_without_phantom_diffs() {
    Provider provider = recorded(ProviderFixtures.aNewDeepseekProvider());

    ImportPlan plan = Planner.plan(blueprint, keys, provider, freshlyApplied());

    assertThat(plan.group()).isEqualTo(new PlanItem.Noop<>(GROUP));
    assertThat(plan.channel()).contains(new PlanItem.Noop<>(CHANNEL));
    assertThat(plan.accounts()).extracting(a -> a.item().action()).containsExactly("noop", "noop");
    assertThat(plan.isInSync()).isTrue();
  }

  @Test
  void objects_of_ours_that_are_not_recorded_are_adopted() {
    Provider provider = ProviderFixtures.aNewDeepseekProvider();

    ImportPlan plan = Planner.plan(blueprint, keys, provider, freshlyApplied());

    assertThat(plan.group()).isEqualTo(new PlanItem.Adopt<>(GROUP));
    assertThat(plan.accounts())
        .extracting(a -> a.item().action())
        .containsExactly("adopt", "adopt");
    assertThat(plan.writeCount()).isZero();
  }

  @Test
  void drifted_settings_plan_updates_with_field_diffs() {
    LiveState live = freshlyApplied();
    LiveAccount drifted = LiveFixtures.withIdAndPriority(live.accounts().get(0), 101, 7);
    LiveState edited =
        new LiveState(live.groups(), live.channels(), List.of(drifted, live.accounts().get(1)));

    ImportPlan plan =
        Planner.plan(blueprint, keys, recorded(ProviderFixtures.aNewDeepseekProvider()), edited);

    PlanItem.Update<?> update = (PlanItem.Update<?>) plan.accounts().get(0).item();
    assertThat(update.diffs()).containsExactly(new FieldDiff("priority", "50", "7"));
  }

  @Test
  void several_accounts_of_ours_for_one_key_are_noticed_and_the_lowest_id_kept() {
    LiveState live = freshlyApplied();
    LiveAccount copy = LiveFixtures.withIdAndPriority(live.accounts().get(0), 150, 50);
    LiveState doubled =
        new LiveState(
            live.groups(),
            live.channels(),
            List.of(copy, live.accounts().get(0), live.accounts().get(1)));

    ImportPlan plan =
        Planner.plan(blueprint, keys, ProviderFixtures.aNewDeepseekProvider(), doubled);

    assertThat(plan.duplicates())
        .containsExactly(new DuplicateAccounts(KEY_A.fingerprint(), 101, List.of(150L)));
    assertThat(plan.accounts().get(0).item().hostId()).hasValue(101);
    assertThat(plan.isInSync()).isFalse();
  }

  @Test
  void foreign_objects_holding_our_names_are_blocked_and_similar_names_ignored() {
    LiveState live = freshlyApplied();
    LiveGroup foreignGroup =
        new LiveGroup(
            GROUP,
            blueprint.group().name(),
            "made by hand",
            "openai",
            "subscription",
            java.math.BigDecimal.ONE,
            true,
            "active",
            java.util.Map.of());
    LiveAccount handMade = LiveFixtures.withNotes(live.accounts().get(0), "someone's account");
    LiveAccount lookalike =
        LiveFixtures.withNotes(
            aLiveAccountFrom(blueprint.account(KEY_B, List.of(GROUP)), 300),
            live.accounts().get(1).notes());
    LiveAccount renamed =
        new LiveAccount(
            300,
            lookalike.name() + "-copy",
            lookalike.notes(),
            "openai",
            "apikey",
            "",
            java.util.Map.of(),
            "",
            1,
            1,
            "active",
            true,
            "",
            "",
            false,
            List.of());
    LiveState foreign =
        new LiveState(List.of(foreignGroup), live.channels(), List.of(handMade, renamed));

    ImportPlan plan =
        Planner.plan(blueprint, keys, ProviderFixtures.aNewDeepseekProvider(), foreign);

    assertThat(plan.group()).isInstanceOf(PlanItem.Blocked.class);
    assertThat(plan.isBlocked()).isTrue();
    assertThat(plan.accounts().get(0).item()).isInstanceOf(PlanItem.Blocked.class);
    assertThat(plan.accounts().get(1).item()).isInstanceOf(PlanItem.Create.class);
    assertThat(plan.blockers()).hasSize(2).allSatisfy(r -> assertThat(r).contains("marker"));
  }

  @Test
  void the_other_modes_group_binding_is_kept_when_binding_an_account_to_this_group() {
    LiveState live = freshlyApplied();
    Blueprint selfService = ProviderFixtures.aDeepseekBlueprint(ImportMode.SELF_SERVICE);
    LiveGroup selfGroup = aLiveGroupFrom(selfService.group(), 40);

    ImportPlan plan =
        Planner.plan(
            selfService,
            keys,
            ProviderFixtures.aNewDeepseekProvider(),
            new LiveState(List.of(selfGroup), live.channels(), live.accounts()));

    PlanItem.Update<?> update = (PlanItem.Update<?>) plan.accounts().get(0).item();
    assertThat(update.diffs()).containsExactly(new FieldDiff("group_ids", "[12, 40]", "[12]"));
    PlanItem.Update<?> channel = (PlanItem.Update<?>) plan.channel().orElseThrow();
    assertThat(channel.diffs()).extracting(FieldDiff::field).containsExactly("group_ids");
  }

  private LiveState freshlyApplied() {
    LiveGroup group = aLiveGroupFrom(blueprint.group(), GROUP);
    LiveChannel channel = aLiveChannelFrom(blueprint.channel(List.of(GROUP)), CHANNEL);
    return new LiveState(
        List.of(group), List.of(channel), List.of(account(KEY_A, 101), account(KEY_B, 102)));
  }

  private LiveAccount account(Secret key, long id) {
    return aLiveAccountFrom(blueprint.account(key, List.of(GROUP)), id);
  }

  private static Provider recorded(Provider provider) {
    return provider
        .recordGroup(ImportMode.SUBSCRIPTION, GROUP, NOW)
        .recordChannel(CHANNEL, NOW)
        .recordAccount(KEY_A.fingerprint(), 101, NOW)
        .recordAccount(KEY_B.fingerprint(), 102, NOW);
  }
}
