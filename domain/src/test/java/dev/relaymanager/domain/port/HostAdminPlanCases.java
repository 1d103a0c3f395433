package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_A;
import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.batch.PlanItem;
import dev.relaymanager.domain.batch.Planner;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The "no phantom diffs" cases of the {@link HostAdminContract}: what the host returns for objects
 * written from a {@link Blueprint} is what the {@link Planner} wants, so a fresh import re-planned
 * needs no write.
 */
public interface HostAdminPlanCases extends HostAdminSubject {
  private LiveState importNow(Blueprint blueprint, List<Secret> keys) {
    long group = admin().createGroup(blueprint.group()).id();
    admin().createChannel(blueprint.channel(List.of(group)));
    for (Secret key : keys) {
      admin()
          .createAccount(
              blueprint.account(key, List.of(group)), blueprint.idempotencyKey(key.fingerprint()));
    }
    return new LiveState(
        admin().findGroupsNamed(blueprint.group().name()),
        admin().findChannelsNamed(blueprint.names().channel()),
        admin().findAccountsNamedLike(blueprint.names().stem()));
  }

  private static List<FieldDiff> diffsOf(ImportPlan plan) {
    List<PlanItem<?>> items = new ArrayList<>(List.of(plan.group()));
    plan.channel().ifPresent(items::add);
    plan.accounts().forEach(account -> items.add(account.item()));
    return items.stream()
        .flatMap(
            i ->
                i instanceof PlanItem.Update
                    ? ((PlanItem.Update<?>) i).diffs().stream()
                    : Stream.empty())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(ImportMode.class)
  default void a_fresh_import_read_back_plans_without_a_single_write(ImportMode mode) {
    Blueprint blueprint = ProviderFixtures.aDeepseekBlueprint(mode);
    LiveState live = importNow(blueprint, List.of(KEY_A, KEY_B));

    ImportPlan plan =
        Planner.plan(
            blueprint,
            KeyList.of(List.of(KEY_A, KEY_B)),
            ProviderFixtures.aNewDeepseekProvider(),
            live);

    assertThat(diffsOf(plan)).isEmpty();
    assertThat(plan.isInSync()).isTrue();
    assertThat(plan.group()).isInstanceOf(PlanItem.Adopt.class);
    assertThat(plan.channel()).get().isInstanceOf(PlanItem.Adopt.class);
  }

  @ParameterizedTest
  @EnumSource(ImportMode.class)
  default void an_imported_account_passes_its_test_with_the_blueprints_smoke_model(
      ImportMode mode) {
    Blueprint blueprint = ProviderFixtures.aDeepseekBlueprint(mode);
    importNow(blueprint, List.of(KEY_A));
    long id = admin().findAccountsNamedLike(blueprint.names().stem()).get(0).id();

    AccountTestOutcome outcome = admin().testAccount(id, blueprint.smokeTestModel());

    assertThat(outcome.passed()).isTrue();
  }
}
