package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.port.HostDrafts.GOOD_KEY;
import static dev.relaymanager.domain.port.HostDrafts.aStandardGroup;
import static dev.relaymanager.domain.port.HostDrafts.aSubscriptionGroup;
import static dev.relaymanager.domain.port.HostDrafts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The group cases of the {@link HostAdminContract} (contract §7). */
public interface HostAdminGroupCases extends HostAdminSubject {
  /** The group a host holds right after {@code draft} was written: amounts as plain numbers. */
  static LiveGroup expectedGroup(long id, GroupDraft draft) {
    return new LiveGroup(
        id,
        draft.name(),
        draft.description(),
        draft.platform().wireName(),
        draft.type().wireName(),
        draft.rateMultiplier().stripTrailingZeros(),
        draft.exclusive(),
        "active",
        draft.limitsUsd());
  }

  @Test
  default void a_created_group_reads_back_as_drafted_by_id_and_by_name() {
    GroupDraft draft = aStandardGroup("ct-group");

    LiveGroup created = admin().createGroup(draft);

    assertThat(created).isEqualTo(expectedGroup(created.id(), draft));
    assertThat(admin().findGroup(created.id())).contains(created);
    assertThat(admin().findGroupsNamed("ct-group")).containsExactly(created);
  }

  @Test
  default void groups_found_by_name_have_exactly_that_name_never_a_lookalike() {
    LiveGroup wanted = admin().createGroup(aStandardGroup("ct-group"));
    admin().createGroup(aStandardGroup("ct-group-extra"));
    admin().createGroup(aStandardGroup("x-ct-group"));
    admin().createGroup(aStandardGroup("CT-GROUP"));

    List<LiveGroup> found = admin().findGroupsNamed("ct-group");

    assertThat(found).extracting(LiveGroup::id).containsExactly(wanted.id());
    assertThat(admin().findGroupsNamed("ct-nothing")).isEmpty();
  }

  @Test
  default void groups_found_by_prefix_start_with_it_and_never_merely_contain_it() {
    LiveGroup first = admin().createGroup(aStandardGroup("ct-like-a"));
    LiveGroup second = admin().createGroup(aSubscriptionGroup("ct-like-b-sub"));
    admin().createGroup(aStandardGroup("x-ct-like-c"));
    admin().createGroup(aStandardGroup("ct-other"));

    List<LiveGroup> found = admin().findGroupsNamedLike("ct-like-");

    assertThat(found).extracting(LiveGroup::id).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(admin().findGroupsNamedLike("ct-none-")).isEmpty();
  }

  @Test
  default void an_unknown_group_id_is_not_found() {
    assertThat(admin().findGroup(987_654)).isEmpty();
  }

  @Test
  default void a_taken_group_name_is_a_conflict() {
    admin().createGroup(aStandardGroup("ct-group"));

    assertThatThrownBy(() -> admin().createGroup(aSubscriptionGroup("ct-group")))
        .isInstanceOf(ConflictException.class);
    assertThat(admin().findGroupsNamed("ct-group")).hasSize(1);
  }

  @Test
  default void an_update_round_trips_every_field_limits_included() {
    long id = admin().createGroup(aStandardGroup("ct-group")).id();
    GroupDraft subscription = aSubscriptionGroup("ct-group");

    LiveGroup updated = admin().updateGroup(id, subscription);

    assertThat(updated).isEqualTo(expectedGroup(id, subscription));
    assertThat(admin().findGroup(id)).contains(updated);
  }

  @Test
  default void an_update_without_limits_leaves_every_window_unlimited() {
    long id = admin().createGroup(aSubscriptionGroup("ct-group")).id();
    GroupDraft standard = aStandardGroup("ct-group");

    LiveGroup updated = admin().updateGroup(id, standard);

    assertThat(updated.limitsUsd()).isEmpty();
    assertThat(admin().findGroup(id)).contains(expectedGroup(id, standard));
  }

  @Test
  default void a_limit_stored_as_zero_by_hand_reads_back_as_zero() {
    long id = admin().createGroup(aSubscriptionGroup("ct-group")).id();

    editGroupLimitByHand(id, LimitWindow.WEEKLY, BigDecimal.ZERO);

    assertThat(admin().findGroup(id).orElseThrow().limitsUsd().get(LimitWindow.WEEKLY))
        .isEqualByComparingTo("0");
  }

  @Test
  default void a_deleted_group_is_gone_and_a_second_delete_says_already_gone() {
    long id = admin().createGroup(aStandardGroup("ct-group")).id();

    DeleteOutcome first = admin().deleteGroup(id);
    DeleteOutcome second = admin().deleteGroup(id);

    assertThat(first).isEqualTo(DeleteOutcome.DELETED);
    assertThat(second).isEqualTo(DeleteOutcome.ALREADY_GONE);
    assertThat(admin().findGroup(id)).isEmpty();
    assertThat(admin().findGroupsNamed("ct-group")).isEmpty();
  }

  @Test
  default void a_deleted_groups_name_can_be_taken_again() {
    long old = admin().createGroup(aStandardGroup("ct-group")).id();
    admin().deleteGroup(old);

    LiveGroup again = admin().createGroup(aStandardGroup("ct-group"));

    assertThat(again.id()).isNotEqualTo(old);
    assertThat(admin().findGroupsNamed("ct-group")).containsExactly(again);
  }

  @Test
  default void deleting_a_group_unbinds_its_accounts_and_keeps_them() {
    long doomed = admin().createGroup(aStandardGroup("ct-doomed")).id();
    long kept = admin().createGroup(aStandardGroup("ct-kept")).id();
    LiveAccount account =
        admin()
            .createAccount(
                anAccount("ct-acc", GOOD_KEY, List.of(doomed, kept)), new IdempotencyKey("ct-1"));

    admin().deleteGroup(doomed);

    assertThat(admin().findAccount(account.id()).orElseThrow().groupIds()).containsExactly(kept);
    assertThat(admin().listAccountsInGroup(doomed)).isEmpty();
  }
}
