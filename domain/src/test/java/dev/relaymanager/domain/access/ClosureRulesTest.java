package dev.relaymanager.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosureRulesTest {
  private static final ProviderId PROVIDER = new ProviderId("p-1");

  @Test
  void balance_is_raised_only_when_below_the_target() {
    BalanceTopUp topUp = BalanceTopUp.toReach(user("1.5"), new BigDecimal("5"), PROVIDER).get();

    assertThat(topUp.amountUsd()).isEqualByComparingTo("3.5");
    assertThat(BalanceTopUp.toReach(user("5.00"), new BigDecimal("5"), PROVIDER)).isEmpty();
  }

  @Test
  void a_top_up_key_is_the_same_on_retry_and_new_after_spending() {
    BalanceTopUp first = BalanceTopUp.toReach(user("0"), BigDecimal.TEN, PROVIDER).get();
    BalanceTopUp retry = BalanceTopUp.toReach(user("0"), BigDecimal.TEN, PROVIDER).get();
    BalanceTopUp later = BalanceTopUp.toReach(user("2"), BigDecimal.TEN, PROVIDER).get();

    assertThat(retry.key()).isEqualTo(first.key());
    assertThat(later.key()).isNotEqualTo(first.key());
  }

  @Test
  void an_exclusive_group_is_granted_once() {
    LiveGroup exclusive = group(7, true);

    List<Long> granted = AllowedGroups.grant(user("0"), exclusive).get();

    assertThat(granted).containsExactly(7L);
    assertThat(AllowedGroups.grant(withAllowed(7L), exclusive)).isEmpty();
  }

  @Test
  void an_open_group_needs_a_grant_only_once_the_user_is_restricted() {
    assertThat(AllowedGroups.grant(user("0"), group(8, false))).isEmpty();
    assertThat(AllowedGroups.grant(withAllowed(7L), group(8, false)).get()).containsExactly(7L, 8L);
  }

  @Test
  void the_key_bound_to_the_group_is_used_and_another_binding_is_rebound() {
    LiveUserKey elsewhere = key(1, "rm-x-sub-probe", 3);
    LiveUserKey bound = key(2, "rm-x-sub-probe", 9);

    assertThat(ProbeKeyPlan.choose(List.of(elsewhere, bound), "rm-x-sub-probe", 9))
        .isEqualTo(new ProbeKeyPlan.Use(bound));
    assertThat(ProbeKeyPlan.choose(List.of(elsewhere), "rm-x-sub-probe", 9))
        .isEqualTo(new ProbeKeyPlan.Rebind(elsewhere));
    assertThat(ProbeKeyPlan.choose(List.of(key(3, "other", 9)), "rm-x-sub-probe", 9))
        .isEqualTo(new ProbeKeyPlan.Create("rm-x-sub-probe"));
  }

  @Test
  void a_key_bound_elsewhere_is_access_not_closed_with_the_managers_code() {
    Verdict.Failed failed = KeyBinding.mismatch(key(1, "k", 3), 9).get();

    assertThat(failed.failureClass()).isEqualTo(FailureClass.ACCESS_NOT_CLOSED);
    assertThat(failed.hostCode()).isEqualTo(KeyBinding.MISMATCH);
    assertThat(failed.detail()).contains("group 3", "group 9");
  }

  private static LiveUser user(String balance) {
    return new LiveUser(1, "probe@example.com", "active", new BigDecimal(balance), List.of(), "");
  }

  private static LiveUser withAllowed(long groupId) {
    return new LiveUser(1, "probe@example.com", "active", BigDecimal.ONE, List.of(groupId), "");
  }

  private static LiveGroup group(long id, boolean exclusive) {
    return new LiveGroup(
        id, "g", "", "openai", "standard", BigDecimal.ONE, exclusive, "active", Map.of());
  }

  private static LiveUserKey key(long id, String name, long groupId) {
    return new LiveUserKey(id, 1, name, groupId, "active", Secret.of("sk-" + id + "-secret"));
  }
}
