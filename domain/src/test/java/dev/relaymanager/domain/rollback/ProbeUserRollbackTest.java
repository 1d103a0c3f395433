package dev.relaymanager.domain.rollback;

import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.rollback.RollbackFixtures.BLUEPRINT;
import static dev.relaymanager.domain.rollback.RollbackFixtures.aSucceededBatch;
import static dev.relaymanager.domain.rollback.RollbackFixtures.theHostAfterTheImport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeUserRollbackTest {
  private static final long USER = 7;
  private static final long SUBSCRIPTION = 8;
  private static final long KEY = 9;

  @Test
  void the_probe_users_objects_are_deleted_in_contract_order_around_the_providers_objects() {
    BatchToRollBack target = new BatchToRollBack(withAccess(IntentOrigin.CREATED), BLUEPRINT);

    RollbackPlan plan = RollbackPlanner.plan(target, host(), List.of(), Force.RESPECT_KEEPS);

    assertThat(plan.deletions())
        .extracting(RollbackStep::kind)
        .containsExactly(
            HostObjectKind.USER_KEY,
            HostObjectKind.SUBSCRIPTION,
            HostObjectKind.CHANNEL,
            HostObjectKind.ACCOUNT,
            HostObjectKind.GROUP,
            HostObjectKind.USER);
    assertThat(plan.completes()).isTrue();
  }

  @Test
  void an_adopted_probe_user_is_kept() {
    BatchToRollBack target = new BatchToRollBack(withAccess(IntentOrigin.ADOPTED), BLUEPRINT);

    RollbackPlan plan = RollbackPlanner.plan(target, host(), List.of(), Force.OVERRIDE_KEEPS);

    assertThat(plan.keeps())
        .filteredOn(k -> k.kind() == HostObjectKind.USER)
        .singleElement()
        .satisfies(k -> assertThat(k.reasons()).containsExactly(new KeepReason.Adopted()));
  }

  @Test
  void a_probe_user_another_providers_batch_uses_is_kept_even_when_forced_without_failing() {
    BatchToRollBack target = new BatchToRollBack(withAccess(IntentOrigin.CREATED), BLUEPRINT);
    ImportBatch other = anotherProvidersBatchAdoptingTheUser();

    RollbackPlan plan =
        RollbackPlanner.plan(target, host(), List.of(target.batch(), other), Force.OVERRIDE_KEEPS);

    assertThat(plan.deletions()).extracting(RollbackStep::kind).doesNotContain(HostObjectKind.USER);
    assertThat(plan.keeps())
        .filteredOn(k -> k.kind() == HostObjectKind.USER)
        .singleElement()
        .satisfies(
            k ->
                assertThat(k.reasons())
                    .containsExactly(new KeepReason.SharedInUse(List.of(other.id()))));
    assertThat(plan.completes()).isTrue();
  }

  @Test
  void a_probe_key_gone_from_the_host_is_only_recorded() {
    BatchToRollBack target = new BatchToRollBack(withAccess(IntentOrigin.CREATED), BLUEPRINT);
    LiveState withoutKey = host();
    withoutKey =
        new LiveState(
            withoutKey.groups(),
            withoutKey.channels(),
            withoutKey.accounts(),
            withoutKey.users(),
            withoutKey.subscriptions(),
            List.of());

    RollbackPlan plan = RollbackPlanner.plan(target, withoutKey, List.of(), Force.RESPECT_KEEPS);

    assertThat(plan.alreadyGone())
        .extracting(r -> r.kind())
        .containsExactly(HostObjectKind.USER_KEY);
  }

  private static ImportBatch withAccess(IntentOrigin userOrigin) {
    ImportBatch batch = aSucceededBatch();
    ImportBatch running =
        ImportBatch.restore(
            batch.header(),
            dev.relaymanager.domain.batch.BatchStatus.RUNNING,
            batch.startedAt(),
            batch.lease(),
            batch.intents(),
            batch.keyResults(),
            "");
    running = done(running, IntentKind.CREATE_USER, "probe@example.test", USER, userOrigin);
    running =
        done(running, IntentKind.CREATE_SUBSCRIPTION, "rm-sub", SUBSCRIPTION, IntentOrigin.CREATED);
    running = done(running, IntentKind.CREATE_USER_KEY, "rm-sub-probe", KEY, IntentOrigin.CREATED);
    return running.finish(at(40));
  }

  private static ImportBatch anotherProvidersBatchAdoptingTheUser() {
    BatchHeader first = aSucceededBatch().header();
    BatchHeader header =
        new BatchHeader(
            new BatchId("b-9"),
            new ProviderId("p-other"),
            first.hostId(),
            first.pack(),
            first.provider(),
            first.mode(),
            first.keys(),
            at(300));
    ImportBatch batch =
        ImportBatch.start(
            header, "worker-9", at(300), dev.relaymanager.domain.batch.BatchFixtures.LEASE);
    return done(batch, IntentKind.CREATE_USER, "probe@example.test", USER, IntentOrigin.ADOPTED);
  }

  private static ImportBatch done(
      ImportBatch batch, IntentKind kind, String target, long id, IntentOrigin origin) {
    ImportBatch announced = batch.recordIntent(kind, target, at(35));
    return announced.completeIntent(announced.lastIntent().id(), id, origin, at(36));
  }

  private static LiveState host() {
    LiveState admin = theHostAfterTheImport();
    return new LiveState(
        admin.groups(),
        admin.channels(),
        admin.accounts(),
        List.of(
            new LiveUser(
                USER, "probe@example.test", "active", BigDecimal.ZERO, List.of(), "rm probe")),
        List.of(new LiveSubscription(SUBSCRIPTION, USER, 12, "active", "2027-01-01", "")),
        List.of(new LiveUserKey(KEY, USER, "rm-sub-probe", 12, "active", Secret.of("sk-probe"))));
  }
}
