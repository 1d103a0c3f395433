package dev.relaymanager.application.rollback;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_B;
import static dev.relaymanager.application.reconcile.LifecycleWorld.PROBE_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.application.reconcile.LifecycleWorld;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.shared.BatchId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's access step records the probe user's objects in the batch journal. */
class ProbeUserJournalTest {
  private final LifecycleWorld world = new LifecycleWorld().withProbeUser();

  @Test
  void an_import_on_a_fresh_host_journals_the_user_subscription_and_key_it_created() {
    String batch = world.importKeys(KEY_A).batchId();

    LiveUser user = world.users().findUserByEmail(PROBE_EMAIL).orElseThrow();
    assertThat(closureCreates(batch))
        .extracting(Intent::kind, Intent::state, Intent::origin, Intent::hostObjectId)
        .containsExactly(
            tuple(IntentKind.CREATE_USER, IntentState.DONE, IntentOrigin.CREATED, user.id()),
            tuple(
                IntentKind.CREATE_SUBSCRIPTION,
                IntentState.DONE,
                IntentOrigin.CREATED,
                world.users().subscriptions().get(0).id()),
            tuple(
                IntentKind.CREATE_USER_KEY,
                IntentState.DONE,
                IntentOrigin.CREATED,
                world.users().keys().get(0).id()));
  }

  @Test
  void a_second_import_journals_the_same_objects_as_adopted() {
    String first = world.importKeys(KEY_A).batchId();

    String second = world.importKeys(KEY_B).batchId();

    assertThat(closureCreates(second))
        .extracting(Intent::kind, Intent::origin, Intent::hostObjectId)
        .containsExactlyElementsOf(
            closureCreates(first).stream()
                .map(i -> tuple(i.kind(), IntentOrigin.ADOPTED, i.hostObjectId()))
                .toList());
    assertThat(world.users().usersCreated()).isEqualTo(1);
    assertThat(world.users().subscriptions()).hasSize(1);
    assertThat(world.users().keys()).hasSize(1);
  }

  private List<Intent> closureCreates(String batch) {
    ImportBatch stored = world.batches.find(new BatchId(batch)).orElseThrow();
    return stored.intents().stream()
        .filter(i -> i.kind().isCreate() && i.kind().object().isUserSide())
        .toList();
  }
}
