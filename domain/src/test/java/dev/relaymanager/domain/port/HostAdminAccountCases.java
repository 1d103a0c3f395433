package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.port.HostDrafts.GOOD_KEY;
import static dev.relaymanager.domain.port.HostDrafts.GOOD_KEY_TEXT;
import static dev.relaymanager.domain.port.HostDrafts.aStandardGroup;
import static dev.relaymanager.domain.port.HostDrafts.anAccount;
import static dev.relaymanager.domain.port.HostDrafts.anEditedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account cases of the {@link HostAdminContract} (contract §5). */
public interface HostAdminAccountCases extends HostAdminSubject {
  /** The account a host holds right after {@code draft} was written: active, schedulable. */
  static LiveAccount expectedAccount(long id, AccountDraft draft) {
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    return new LiveAccount(
        id,
        draft.name(),
        draft.notes(),
        draft.platform().wireName(),
        "apikey",
        draft.baseUrl().value(),
        mapping,
        draft.responsesMode(),
        draft.concurrency(),
        draft.priority(),
        "active",
        true,
        "",
        "",
        false,
        draft.groupIds());
  }

  private long group(String name) {
    return admin().createGroup(aStandardGroup(name)).id();
  }

  private LiveAccount account(String name, List<Long> groups) {
    return admin()
        .createAccount(anAccount(name, GOOD_KEY, groups), new IdempotencyKey("ct-" + name));
  }

  @Test
  default void a_created_account_reads_back_as_drafted_and_never_shows_its_key() {
    long group = group("ct-group");
    AccountDraft draft = anAccount("ct-acc", GOOD_KEY, List.of(group));

    LiveAccount created = admin().createAccount(draft, new IdempotencyKey("ct-1"));

    assertThat(created).isEqualTo(expectedAccount(created.id(), draft));
    assertThat(admin().findAccount(created.id())).contains(created);
    assertThat(created.toString()).doesNotContain(GOOD_KEY_TEXT);
    assertThat(admin().findAccountsNamedLike("ct-").toString()).doesNotContain(GOOD_KEY_TEXT);
  }

  @Test
  default void a_replayed_create_returns_the_first_account_without_a_duplicate() {
    AccountDraft draft = anAccount("ct-acc", GOOD_KEY, List.of(group("ct-group")));
    LiveAccount first = admin().createAccount(draft, new IdempotencyKey("ct-1"));

    LiveAccount replayed = admin().createAccount(draft, new IdempotencyKey("ct-1"));

    assertThat(replayed.id()).isEqualTo(first.id());
    assertThat(admin().findAccountsNamedLike("ct-acc"))
        .extracting(LiveAccount::id)
        .containsExactly(first.id());
  }

  @Test
  default void the_same_idempotency_key_for_another_draft_is_a_conflict() {
    long group = group("ct-group");
    LiveAccount first =
        admin()
            .createAccount(
                anAccount("ct-acc", GOOD_KEY, List.of(group)), new IdempotencyKey("ct-1"));

    assertThatThrownBy(
            () ->
                admin()
                    .createAccount(
                        anAccount("ct-acc-2", GOOD_KEY, List.of(group)),
                        new IdempotencyKey("ct-1")))
        .isInstanceOf(ConflictException.class);
    assertThat(admin().findAccountsNamedLike("ct-acc"))
        .extracting(LiveAccount::id)
        .containsExactly(first.id());
  }

  @Test
  default void another_idempotency_key_creates_a_second_account_of_the_same_name() {
    AccountDraft draft = anAccount("ct-acc", GOOD_KEY, List.of(group("ct-group")));
    LiveAccount first = admin().createAccount(draft, new IdempotencyKey("ct-1"));

    LiveAccount second = admin().createAccount(draft, new IdempotencyKey("ct-2"));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(admin().findAccountsNamedLike("ct-acc")).hasSize(2);
  }

  @Test
  default void an_unknown_account_id_is_not_found() {
    assertThat(admin().findAccount(987_654)).isEmpty();
  }

  @Test
  default void find_named_like_returns_only_names_starting_with_the_prefix() {
    long group = group("ct-group");
    long a1 = account("ct-acc-a1", List.of(group)).id();
    long a2 = account("ct-acc-a2", List.of(group)).id();
    account("x-ct-acc-a3", List.of(group));
    account("CT-ACC-A4", List.of(group));
    account("ct-other", List.of(group));

    List<LiveAccount> found = admin().findAccountsNamedLike("ct-acc-");

    assertThat(found).extracting(LiveAccount::id).containsExactlyInAnyOrder(a1, a2);
    assertThat(admin().findAccountsNamedLike("ct-nothing")).isEmpty();
  }

  @Test
  default void list_in_group_returns_the_accounts_bound_to_that_group_only() {
    long mine = group("ct-mine");
    long other = group("ct-other");
    long a1 = account("ct-acc-1", List.of(mine)).id();
    long a2 = account("ct-acc-2", List.of(mine, other)).id();
    account("ct-acc-3", List.of(other));

    List<LiveAccount> inGroup = admin().listAccountsInGroup(mine);

    assertThat(inGroup).extracting(LiveAccount::id).containsExactlyInAnyOrder(a1, a2);
    assertThat(admin().listAccountsInGroup(group("ct-empty"))).isEmpty();
  }

  @Test
  default void an_update_replaces_settings_mapping_and_bindings() {
    long before = group("ct-before");
    long after = group("ct-after");
    long id = account("ct-acc", List.of(before)).id();
    AccountDraft edited = anEditedAccount("ct-acc", GOOD_KEY, List.of(after));

    LiveAccount updated = admin().updateAccount(id, edited);

    assertThat(updated).isEqualTo(expectedAccount(id, edited));
    assertThat(admin().findAccount(id)).contains(updated);
    assertThat(admin().listAccountsInGroup(before)).isEmpty();
  }

  @Test
  default void a_rebind_changes_only_the_bindings() {
    long before = group("ct-before");
    long after = group("ct-after");
    AccountDraft draft = anAccount("ct-acc", GOOD_KEY, List.of(before));
    long id = admin().createAccount(draft, new IdempotencyKey("ct-1")).id();

    LiveAccount rebound = admin().rebindAccount(id, List.of(after));

    assertThat(rebound).isEqualTo(expectedAccount(id, draft).withGroupIds(List.of(after)));
    assertThat(admin().findAccount(id)).contains(rebound);
  }

  @Test
  default void a_rebind_to_no_group_unbinds_everything() {
    long id = account("ct-acc", List.of(group("ct-group"))).id();

    LiveAccount rebound = admin().rebindAccount(id, List.of());

    assertThat(rebound.groupIds()).isEmpty();
    assertThat(admin().findAccount(id).orElseThrow().groupIds()).isEmpty();
  }

  @Test
  default void scheduling_can_be_paused_and_resumed() {
    long id = account("ct-acc", List.of(group("ct-group"))).id();

    admin().setSchedulable(id, false);
    boolean paused = !admin().findAccount(id).orElseThrow().schedulable();
    admin().setSchedulable(id, true);

    assertThat(paused).isTrue();
    assertThat(admin().findAccount(id).orElseThrow().schedulable()).isTrue();
  }

  @Test
  default void a_deleted_account_is_gone_and_a_second_delete_says_already_gone() {
    long group = group("ct-group");
    long id = account("ct-acc", List.of(group)).id();

    DeleteOutcome first = admin().deleteAccount(id);
    DeleteOutcome second = admin().deleteAccount(id);

    assertThat(first).isEqualTo(DeleteOutcome.DELETED);
    assertThat(second).isEqualTo(DeleteOutcome.ALREADY_GONE);
    assertThat(admin().findAccount(id)).isEmpty();
    assertThat(admin().findAccountsNamedLike("ct-acc")).isEmpty();
    assertThat(admin().listAccountsInGroup(group)).isEmpty();
  }
}
