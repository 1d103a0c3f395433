package dev.relaymanager.domain.reconcile;

import static dev.relaymanager.domain.reconcile.ReconcileFixtures.ACCOUNT_A;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.ACCOUNT_B;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.GROUP;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.aFreshlyAppliedHost;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.aRecordedDeepseek;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.anAccount;
import static dev.relaymanager.domain.reconcile.ReconcileFixtures.withAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveFixtures;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final Secret STRAY_KEY = Secret.of("sk-deepseek-cccccccccccccccc");

  @Test
  void a_freshly_applied_import_is_in_sync_without_phantom_diffs() {
    LiveState live = aFreshlyAppliedHost();

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), live);

    assertThat(findings).isEmpty();
    assertThat(Reconciler.host(List.of(aRecordedDeepseek()), ResourcePrefix.DEFAULT, live))
        .isEmpty();
  }

  @Test
  void a_group_limit_edited_by_hand_is_changed_with_the_limit_diff() {
    LiveState fresh = aFreshlyAppliedHost();
    LiveState edited =
        new LiveState(
            List.of(withDailyLimit(fresh.groups().get(0), "20")),
            fresh.channels(),
            fresh.accounts());

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), edited);

    assertThat(findings)
        .singleElement()
        .isInstanceOfSatisfying(
            Finding.Changed.class,
            changed -> {
              assertThat(changed.object().id()).isEqualTo(GROUP);
              assertThat(changed.diffs())
                  .containsExactly(new FieldDiff("daily_limit_usd", "5", "20"));
            });
  }

  @Test
  void a_deleted_account_is_missing_and_the_hint_asks_for_its_key() {
    LiveState live = withAccounts(List.of(anAccount(ProviderFixtures.KEY_B, ACCOUNT_B)));

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), live);

    assertThat(findings)
        .singleElement()
        .isInstanceOfSatisfying(
            Finding.Missing.class,
            missing -> {
              assertThat(missing.object().id()).isEqualTo(ACCOUNT_A);
              assertThat(missing.hint())
                  .contains("--keys-file")
                  .contains(ProviderFixtures.KEY_A.fingerprint().shortForm())
                  .contains("import apply --pack cn-core@1.0.0 --provider deepseek");
            });
  }

  @Test
  void an_account_with_our_prefix_and_marker_but_no_record_is_orphaned() {
    LiveAccount stray = anAccount(STRAY_KEY, 300);
    LiveState live = withAccounts(List.of(anAccountA(), anAccountB(), stray));

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), live);

    assertThat(findings)
        .containsExactly(
            new Finding.Orphaned(
                new HostObjectRef(HostObjectKind.ACCOUNT, 300, stray.name()),
                findings.get(0).hint()));
    assertThat(findings.get(0).hint()).contains("--prune");
  }

  @Test
  void two_accounts_of_ours_for_one_key_are_a_duplicate_keeping_the_recorded_one() {
    LiveAccount copy = LiveFixtures.withIdAndPriority(anAccountA(), 90, 50);
    LiveState live = withAccounts(List.of(copy, anAccountA(), anAccountB()));

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), live);

    assertThat(findings)
        .singleElement()
        .isInstanceOfSatisfying(
            Finding.Duplicate.class,
            duplicate -> {
              assertThat(duplicate.object().id()).isEqualTo(ACCOUNT_A);
              assertThat(duplicate.extraIds()).containsExactly(90L);
            });
  }

  @Test
  void errored_rate_limited_and_paused_accounts_are_unhealthy_with_the_reason() {
    LiveAccount errored = withHealth(anAccountA(), "error", "API returned 401", false, true);
    LiveAccount limited = withHealth(anAccountB(), "active", "", true, true);
    LiveState live = withAccounts(List.of(errored, limited));
    LiveState paused = withAccounts(List.of(anAccountA(), anAccountB().withSchedulable(false)));

    List<Finding> findings = Reconciler.provider(aRecordedDeepseek(), live);

    assertThat(findings)
        .extracting(f -> ((Finding.Unhealthy) f).reason())
        .containsExactly("marked error by the host: API returned 401", "rate limited");
    assertThat(Reconciler.provider(aRecordedDeepseek(), paused))
        .singleElement()
        .isInstanceOfSatisfying(
            Finding.Unhealthy.class,
            f -> assertThat(f.reason()).isEqualTo("paused (not schedulable)"));
  }

  @Test
  void foreign_objects_with_similar_names_give_no_finding_and_nothing_to_prune() {
    LiveAccount handMade = LiveFixtures.withNotes(anAccount(STRAY_KEY, 300), "made by hand");
    LiveAccount otherProvider =
        LiveFixtures.withNotes(
            anAccount(STRAY_KEY, 301), anAccountA().notes().replace("deepseek", "kimi"));
    LiveAccount unprefixed = renamed(anAccount(STRAY_KEY, 302), "x" + anAccountA().name());
    LiveState live =
        withAccounts(List.of(anAccountA(), anAccountB(), handMade, otherProvider, unprefixed));
    LiveState hostWide = withAccounts(List.of(anAccountA(), anAccountB(), handMade, unprefixed));

    List<Finding> provider = Reconciler.provider(aRecordedDeepseek(), live);
    List<Finding> host =
        Reconciler.host(List.of(aRecordedDeepseek()), ResourcePrefix.DEFAULT, hostWide);

    assertThat(provider).isEmpty();
    assertThat(host).isEmpty();
    assertThat(PrunePlan.of(provider).isEmpty()).isTrue();
  }

  @Test
  void host_scope_reports_objects_of_unrecorded_providers_as_orphans() {
    LiveState live = aFreshlyAppliedHost();

    List<Finding> findings = Reconciler.host(List.of(), ResourcePrefix.DEFAULT, live);

    assertThat(findings)
        .hasSize(4)
        .allSatisfy(f -> assertThat(f).isInstanceOf(Finding.Orphaned.class));
  }

  private static LiveAccount anAccountA() {
    return anAccount(ProviderFixtures.KEY_A, ACCOUNT_A);
  }

  private static LiveAccount anAccountB() {
    return anAccount(ProviderFixtures.KEY_B, ACCOUNT_B);
  }

  private static LiveAccount renamed(LiveAccount a, String name) {
    return new LiveAccount(
        a.id(),
        name,
        a.notes(),
        a.platform(),
        a.type(),
        a.baseUrl(),
        a.modelMapping(),
        a.responsesMode(),
        a.concurrency(),
        a.priority(),
        a.status(),
        a.schedulable(),
        a.errorMessage(),
        a.tempUnschedulableReason(),
        a.rateLimited(),
        a.groupIds());
  }

  private static LiveGroup withDailyLimit(LiveGroup group, String usd) {
    Map<LimitWindow, BigDecimal> limits = new EnumMap<>(group.limitsUsd());
    limits.put(LimitWindow.DAILY, new BigDecimal(usd));
    return new LiveGroup(
        group.id(),
        group.name(),
        group.description(),
        group.platform(),
        group.subscriptionType(),
        group.rateMultiplier(),
        group.exclusive(),
        group.status(),
        limits);
  }

  private static LiveAccount withHealth(
      LiveAccount a, String status, String error, boolean rateLimited, boolean schedulable) {
    return new LiveAccount(
        a.id(),
        a.name(),
        a.notes(),
        a.platform(),
        a.type(),
        a.baseUrl(),
        a.modelMapping(),
        a.responsesMode(),
        a.concurrency(),
        a.priority(),
        status,
        schedulable,
        error,
        "",
        rateLimited,
        a.groupIds());
  }
}
