package dev.relaymanager.application.reconcile;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_B;
import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_C;
import static dev.relaymanager.application.reconcile.LifecycleWorld.PROVIDER;
import static dev.relaymanager.application.reconcile.LifecycleWorld.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.GroupType;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcileTest {
  private final LifecycleWorld world = new LifecycleWorld();

  @Test
  void a_fresh_import_is_in_sync_and_the_report_is_stored() {
    world.importKeys(KEY_A, KEY_B);

    ReconcileReportView report = world.reconcileProvider();

    assertThat(report.result()).isEqualTo("in_sync");
    assertThat(report.scope()).isEqualTo("provider");
    assertThat(world.reports.latestFor(scope()))
        .get()
        .extracting(r -> r.id().value())
        .isEqualTo(report.id());
  }

  @Test
  void a_hand_edited_group_limit_is_changed_and_repair_restores_it() {
    world.importKeys(KEY_A);
    LiveGroup group = world.objects().groups().get(0);
    world.objects().replaceGroup(withDailyLimit(group, "999"));

    ReconcileReportView drifted = world.reconcileProvider();
    ReconcileActionReport repaired = world.repair().execute(command(null));

    assertThat(drifted.result()).isEqualTo("drifted");
    assertThat(drifted.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("changed"))
        .satisfies(f -> assertThat(f.diffs()).anyMatch(d -> d.startsWith("daily_limit_usd")));
    assertThat(repaired.after().result()).isEqualTo("in_sync");
    assertThat(world.objects().groups().get(0).limitsUsd()).isEqualTo(group.limitsUsd());
  }

  @Test
  void a_deleted_account_is_missing_and_repair_with_its_key_re_creates_it() {
    world.importKeys(KEY_A, KEY_B);
    long lost = world.provider().accountId(key(KEY_A).fingerprint()).getAsLong();
    world.host().deleteAccount(lost);

    ReconcileReportView drifted = world.reconcileProvider();
    ReconcileActionReport repaired = world.repair().execute(command(KEY_A + "\n"));

    assertThat(drifted.findings()).extracting(FindingView::code).containsExactly("missing");
    assertThat(repaired.after().result()).isEqualTo("in_sync");
    assertThat(world.objects().accounts()).hasSize(2);
    assertThat(world.provider().accountId(key(KEY_A).fingerprint()).getAsLong()).isNotEqualTo(lost);
  }

  @Test
  void a_deleted_account_without_its_key_needs_the_key_and_names_the_import_to_re_run() {
    world.importKeys(KEY_A);
    world.host().deleteAccount(world.objects().accounts().get(0).id());

    ReconcileActionPlan plan = world.planRepair().execute(command(null));
    ReconcileActionReport repaired = world.repair().execute(command(null));

    assertThat(plan.steps()).isEmpty();
    assertThat(plan.notes())
        .singleElement()
        .asString()
        .contains("--keys-file", "import apply --pack cn-core@1.0.0 --provider deepseek");
    assertThat(repaired.outcomes()).isEmpty();
    assertThat(repaired.after().result()).isEqualTo("drifted");
  }

  @Test
  void a_deleted_group_is_re_created_and_the_channel_and_accounts_are_bound_to_it() {
    world.importKeys(KEY_A);
    long lost = world.objects().groups().get(0).id();
    world.host().deleteGroup(lost);

    ReconcileActionReport repaired = world.repair().execute(command(null));

    long recreated = world.objects().groups().get(0).id();
    assertThat(recreated).isNotEqualTo(lost);
    assertThat(repaired.after().result()).isEqualTo("in_sync");
    assertThat(world.objects().accounts().get(0).groupIds()).containsExactly(recreated);
    assertThat(world.objects().channels().get(0).groupIds()).containsExactly(recreated);
  }

  @Test
  void an_orphan_and_a_duplicate_account_are_pruned_to_in_sync() {
    world.importKeys(KEY_A);
    long group = world.objects().groups().get(0).id();
    Blueprint hand = world.blueprint("b-by-hand");
    world.host().createAccount(hand.account(key(KEY_C), List.of(group)), idem("orphan"));
    world.host().createAccount(hand.account(key(KEY_A), List.of(group)), idem("copy"));
    long recorded = world.provider().accountId(key(KEY_A).fingerprint()).getAsLong();

    ReconcileReportView drifted = world.reconcileHost();
    ReconcileActionPlan plan = world.planPrune().execute(ReconcileTarget.parse(null, "prod"));
    ReconcileActionReport pruned = world.prune().execute(ReconcileTarget.parse(null, "prod"));

    assertThat(drifted.findings())
        .extracting(FindingView::code)
        .containsExactlyInAnyOrder("orphaned", "duplicate");
    assertThat(plan.steps()).hasSize(2);
    assertThat(pruned.after().result()).isEqualTo("in_sync");
    assertThat(world.objects().accounts()).extracting(LiveAccount::id).containsExactly(recorded);
  }

  @Test
  void a_foreign_object_with_a_similar_name_is_never_reported_or_touched() {
    world.importKeys(KEY_A);
    String stem = world.blueprint("b-any").names().stem();
    world.host().createGroup(foreignGroup(stem + "-sub-old"));
    world.host().createAccount(foreignAccount(stem + "-0123456789ab"), idem("foreign"));

    ReconcileReportView report = world.reconcileHost();
    world.prune().execute(ReconcileTarget.parse(null, "prod"));
    world.repair().execute(Repair.Command.parse(null, "prod", null));

    assertThat(report.result()).isEqualTo("in_sync");
    assertThat(world.objects().groups()).hasSize(2);
    assertThat(world.objects().accounts()).hasSize(2);
  }

  private static Repair.Command command(String keys) {
    return Repair.Command.parse(PROVIDER, null, keys);
  }

  private ReconcileScope scope() {
    return new ReconcileScope.ForProvider(world.provider().hostId(), world.provider().id());
  }

  private static IdempotencyKey idem(String value) {
    return new IdempotencyKey("by-hand-" + value);
  }

  private static GroupDraft foreignGroup(String name) {
    return new GroupDraft(
        name,
        "made by an operator",
        Platform.OPENAI,
        GroupType.STANDARD,
        BigDecimal.ONE,
        false,
        Map.of());
  }

  private static AccountDraft foreignAccount(String name) {
    ModelId chat = new ModelId("deepseek-chat");
    return new AccountDraft(
        name,
        "made by an operator",
        Platform.OPENAI,
        key("sk-foreign-dddddddddddddddd"),
        new BaseUrl("https://api.deepseek.com"),
        Map.of(chat, chat),
        AccountDraft.FORCE_CHAT_COMPLETIONS,
        1,
        1,
        BigDecimal.ONE,
        List.of());
  }

  private static LiveGroup withDailyLimit(LiveGroup g, String usd) {
    return new LiveGroup(
        g.id(),
        g.name(),
        g.description(),
        g.platform(),
        g.subscriptionType(),
        g.rateMultiplier(),
        g.exclusive(),
        g.status(),
        Map.of(LimitWindow.DAILY, new BigDecimal(usd)));
  }
}
